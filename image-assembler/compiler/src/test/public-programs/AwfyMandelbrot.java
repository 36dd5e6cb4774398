// Source: Are We Fast Yet? benchmark suite (Marr et al.), "Mandelbrot", its Java version
// (https://github.com/smarr/are-we-fast-yet, benchmarks/Java/src at commit 50e34b1):
// Mandelbrot.java, Benchmark.java. The files are joined as nested classes of one class, without
// their packages and imports; the code is otherwise the suite's.
// The license notices of the files follow.
// This benchmark has been modified based on the SOM benchmark.
//
// Copyright (C) 2004-2013 Brent Fulgham
//
// All rights reserved.
//
// Redistribution and use in source and binary forms, with or without
// modification, are permitted provided that the following conditions are met:
//
//   * Redistributions of source code must retain the above copyright notice,
//     this list of conditions and the following disclaimer.
//
//   * Redistributions in binary form must reproduce the above copyright notice,
//     this list of conditions and the following disclaimer in the documentation
//     and/or other materials provided with the distribution.
//
//   * Neither the name of "The Computer Language Benchmarks Game" nor the name
//     of "The Computer Language Shootout Benchmarks" nor the names of its
//     contributors may be used to endorse or promote products derived from this
//     software without specific prior written permission.
//
// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
// AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
// IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
// DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT OWNER OR CONTRIBUTORS BE LIABLE
// FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
// DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
// SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
// CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
// OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
// OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.

/* This code is based on the SOM class library.
 *
 * Copyright (c) 2001-2016 see AUTHORS.md file
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the 'Software'), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in
 * all copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
 * THE SOFTWARE.
 */

public class AwfyMandelbrot {
  // The iterations and inner iterations may be given, as the suite's harness takes them
  // (Harness Mandelbrot ITERATIONS INNER); the suite's standard run uses 500 inner iterations.
  public static void main(String[] args) {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    int innerIterations = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    Benchmark bench = new Mandelbrot();
    boolean verified = true;
    for (int i = 0; i < iterations && verified; i++) {
      verified = bench.innerBenchmarkLoop(innerIterations);
    }
    System.out.println("Mandelbrot: iterations=" + iterations + " inner=" + innerIterations
        + (verified ? " (verified)" : " (WRONG)"));
  }

  // Mandelbrot.java
  // The Computer Language Benchmarks Game
  // http://benchmarksgame.alioth.debian.org
  //
  //  contributed by Karl von Laudermann
  //  modified by Jeremy Echols
  //  modified by Detlef Reichl
  //  modified by Joseph LaFata
  //  modified by Peter Zotov

  // http://benchmarksgame.alioth.debian.org/u64q/program.php?test=mandelbrot&lang=yarv&id=3

  static final class Mandelbrot extends Benchmark {

    @Override
    public boolean innerBenchmarkLoop(final int innerIterations) {
      return verifyResult(mandelbrot(innerIterations), innerIterations);
    }

    @Override
    public Object benchmark() {
      throw new RuntimeException("Should never be reached");
    }

    @Override
    public boolean verifyResult(final Object result) {
      throw new RuntimeException("Should never be reached");
    }

    private boolean verifyResult(final int result, final int innerIterations) {
      if (innerIterations == 500) {
        return result == 191;
      }
      if (innerIterations == 750) {
        return result == 50;
      }
      if (innerIterations == 1) {
        return result == 128;
      }

      // Checkstyle: stop
      System.out.println("No verification result for " + innerIterations + " found");
      System.out.println("Result is: " + result);
      // Checkstyle: resume
      return false;
    }

    private int mandelbrot(final int size) {
       int sum     = 0;
       int byteAcc = 0;
       int bitNum  = 0;

       int y = 0;

       while (y < size) {
         double ci = (2.0 * y / size) - 1.0;
         int x = 0;

         while (x < size) {
           double zrzr = 0.0;
           double zi   = 0.0;
           double zizi = 0.0;
           double cr = (2.0 * x / size) - 1.5;

           int z = 0;
           boolean notDone = true;
           int escape = 0;
           while (notDone && z < 50) {
             double zr = zrzr - zizi + cr;
             zi = 2.0 * zr * zi + ci;

             // preserve recalculation
             zrzr = zr * zr;
             zizi = zi * zi;

             if (zrzr + zizi > 4.0) {
               notDone = false;
               escape  = 1;
             }
             z += 1;
           }

           byteAcc = (byteAcc << 1) + escape;
           bitNum += 1;

           // Code is very similar for these cases, but using separate blocks
           // ensures we skip the shifting when it's unnecessary, which is most cases.
           if (bitNum == 8) {
             sum ^= byteAcc;
             byteAcc = 0;
             bitNum  = 0;
           } else if (x == size - 1) {
             byteAcc <<= (8 - bitNum);
             sum ^= byteAcc;
             byteAcc = 0;
             bitNum  = 0;
           }
           x += 1;
         }
         y += 1;
       }
       return sum;
     }
  }

  // Benchmark.java
  public static abstract class Benchmark {

    public abstract Object benchmark();
    public abstract boolean verifyResult(Object result);

    public boolean innerBenchmarkLoop(final int innerIterations) {
      for (int i = 0; i < innerIterations; i++) {
        if (!verifyResult(benchmark())) {
          return false;
        }
      }
      return true;
    }
  }
}
