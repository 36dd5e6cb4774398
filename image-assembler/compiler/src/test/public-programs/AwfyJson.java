// Source: Are We Fast Yet? benchmark suite (Marr et al.), "Json", its Java version
// (https://github.com/smarr/are-we-fast-yet, benchmarks/Java/src at commit 50e34b1): Json.java,
// Benchmark.java, json/JsonArray.java, json/JsonLiteral.java, json/JsonNumber.java,
// json/JsonObject.java, json/JsonPureStringParser.java, json/JsonString.java, json/JsonValue.java,
// json/ParseException.java, som/Constants.java, som/ForEachInterface.java,
// som/NotImplemented.java, som/TestInterface.java, som/Vector.java. The files are joined as nested
// classes of one class, without their packages and imports; the code is otherwise the suite's.
// The license notices of the files follow.
/*******************************************************************************
 * Copyright (c) 2015 Stefan Marr
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in all
 * copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 * SOFTWARE.
 ******************************************************************************/

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

/*******************************************************************************
 * Copyright (c) 2013, 2015 EclipseSource.
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in all
 * copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 * SOFTWARE.
 ******************************************************************************/

/*******************************************************************************
 * Copyright (c) 2013, 2014 EclipseSource.
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in all
 * copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 * SOFTWARE.
 ******************************************************************************/

import java.util.Arrays;
import java.util.Comparator;

public class AwfyJson {
  // The iterations and inner iterations may be given, as the suite's harness takes them
  // (Harness Json ITERATIONS INNER); the suite's standard run uses 100 inner iterations.
  public static void main(String[] args) {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    int innerIterations = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Benchmark bench = new Json();
    boolean verified = true;
    for (int i = 0; i < iterations && verified; i++) {
      verified = bench.innerBenchmarkLoop(innerIterations);
    }
    System.out.println("Json: iterations=" + iterations + " inner=" + innerIterations
        + (verified ? " (verified)" : " (WRONG)"));
  }

  // Json.java
  /**
   * This benchmark uses a variant of the JsonParser that operates only on
   * Strings, which is not very efficient. However, this is a more direct
   * comparison of what the SOM implementation does.
   * @author smarr
   */
  public static final class Json extends Benchmark {

    @Override
    public Object benchmark() {
      return (new JsonPureStringParser(rapBenchmarkMinified)).parse();
    }

    // Checkstyle: stop
    private static final String rapBenchmarkMinified = "{\"head\":{\"requestCounter\":4},\"operations\":[[\"destroy\",\"w54\"],[\"set\",\"w2\",{\"activeControl\":\"w99\"}],[\"set\",\"w21\",{\"customVariant\":\"variant_navigation\"}],[\"set\",\"w28\",{\"customVariant\":\"variant_selected\"}],[\"set\",\"w53\",{\"children\":[\"w95\"]}],[\"create\",\"w95\",\"rwt.widgets.Composite\",{\"parent\":\"w53\",\"style\":[\"NONE\"],\"bounds\":[0,0,1008,586],\"children\":[\"w96\",\"w97\"],\"tabIndex\":-1,\"clientArea\":[0,0,1008,586]}],[\"create\",\"w96\",\"rwt.widgets.Label\",{\"parent\":\"w95\",\"style\":[\"NONE\"],\"bounds\":[10,30,112,26],\"tabIndex\":-1,\"customVariant\":\"variant_pageHeadline\",\"text\":\"TableViewer\"}],[\"create\",\"w97\",\"rwt.widgets.Composite\",{\"parent\":\"w95\",\"style\":[\"NONE\"],\"bounds\":[0,61,1008,525],\"children\":[\"w98\",\"w99\",\"w226\",\"w228\"],\"tabIndex\":-1,\"clientArea\":[0,0,1008,525]}],[\"create\",\"w98\",\"rwt.widgets.Text\",{\"parent\":\"w97\",\"style\":[\"LEFT\",\"SINGLE\",\"BORDER\"],\"bounds\":[10,10,988,32],\"tabIndex\":22,\"activeKeys\":[\"#13\",\"#27\",\"#40\"]}],[\"listen\",\"w98\",{\"KeyDown\":true,\"Modify\":true}],[\"create\",\"w99\",\"rwt.widgets.Grid\",{\"parent\":\"w97\",\"style\":[\"SINGLE\",\"BORDER\"],\"appearance\":\"table\",\"indentionWidth\":0,\"treeColumn\":-1,\"markupEnabled\":false}],[\"create\",\"w100\",\"rwt.widgets.ScrollBar\",{\"parent\":\"w99\",\"style\":[\"HORIZONTAL\"]}],[\"create\",\"w101\",\"rwt.widgets.ScrollBar\",{\"parent\":\"w99\",\"style\":[\"VERTICAL\"]}],[\"set\",\"w99\",{\"bounds\":[10,52,988,402],\"children\":[],\"tabIndex\":23,\"activeKeys\":[\"CTRL+#70\",\"CTRL+#78\",\"CTRL+#82\",\"CTRL+#89\",\"CTRL+#83\",\"CTRL+#71\",\"CTRL+#69\"],\"cancelKeys\":[\"CTRL+#70\",\"CTRL+#78\",\"CTRL+#82\",\"CTRL+#89\",\"CTRL+#83\",\"CTRL+#71\",\"CTRL+#69\"]}],[\"listen\",\"w99\",{\"MouseDown\":true,\"MouseUp\":true,\"MouseDoubleClick\":true,\"KeyDown\":true}],[\"set\",\"w99\",{\"itemCount\":118,\"itemHeight\":28,\"itemMetrics\":[[0,0,50,3,0,3,44],[1,50,50,53,0,53,44],[2,100,140,103,0,103,134],[3,240,180,243,0,243,174],[4,420,50,423,0,423,44],[5,470,50,473,0,473,44]],\"columnCount\":6,\"headerHeight\":35,\"headerVisible\":true,\"linesVisible\":true,\"focusItem\":\"w108\",\"selection\":[\"w108\"]}],[\"listen\",\"w99\",{\"Selection\":true,\"DefaultSelection\":true}],[\"set\",\"w99\",{\"enableCellToolTip\":true}],[\"listen\",\"w100\",{\"Selection\":true}],[\"set\",\"w101\",{\"visibility\":true}],[\"listen\",\"w101\",{\"Selection\":true}],[\"create\",\"w102\",\"rwt.widgets.GridColumn\",{\"parent\":\"w99\",\"text\":\"Nr.\",\"width\":50,\"moveable\":true}],[\"listen\",\"w102\",{\"Selection\":true}],[\"create\",\"w103\",\"rwt.widgets.GridColumn\",{\"parent\":\"w99\",\"text\":\"Sym.\",\"index\":1,\"left\":50,\"width\":50,\"moveable\":true}],[\"listen\",\"w103\",{\"Selection\":true}],[\"create\",\"w104\",\"rwt.widgets.GridColumn\",{\"parent\":\"w99\",\"text\":\"Name\",\"index\":2,\"left\":100,\"width\":140,\"moveable\":true}],[\"listen\",\"w104\",{\"Selection\":true}],[\"create\",\"w105\",\"rwt.widgets.GridColumn\",{\"parent\":\"w99\",\"text\":\"Series\",\"index\":3,\"left\":240,\"width\":180,\"moveable\":true}],[\"listen\",\"w105\",{\"Selection\":true}],[\"create\",\"w106\",\"rwt.widgets.GridColumn\",{\"parent\":\"w99\",\"text\":\"Group\",\"index\":4,\"left\":420,\"width\":50,\"moveable\":true}],[\"listen\",\"w106\",{\"Selection\":true}],[\"create\",\"w107\",\"rwt.widgets.GridColumn\",{\"parent\":\"w99\",\"text\":\"Period\",\"index\":5,\"left\":470,\"width\":50,\"moveable\":true}],[\"listen\",\"w107\",{\"Selection\":true}],[\"create\",\"w108\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":0,\"texts\":[\"1\",\"H\",\"Hydrogen\",\"Nonmetal\",\"1\",\"1\"],\"cellBackgrounds\":[null,null,null,[138,226,52,255],null,null]}],[\"create\",\"w109\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":1,\"texts\":[\"2\",\"He\",\"Helium\",\"Noble gas\",\"18\",\"1\"],\"cellBackgrounds\":[null,null,null,[114,159,207,255],null,null]}],[\"create\",\"w110\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":2,\"texts\":[\"3\",\"Li\",\"Lithium\",\"Alkali metal\",\"1\",\"2\"],\"cellBackgrounds\":[null,null,null,[239,41,41,255],null,null]}],[\"create\",\"w111\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":3,\"texts\":[\"4\",\"Be\",\"Beryllium\",\"Alkaline earth metal\",\"2\",\"2\"],\"cellBackgrounds\":[null,null,null,[233,185,110,255],null,null]}],[\"create\",\"w112\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":4,\"texts\":[\"5\",\"B\",\"Boron\",\"Metalloid\",\"13\",\"2\"],\"cellBackgrounds\":[null,null,null,[156,159,153,255],null,null]}],[\"create\",\"w113\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":5,\"texts\":[\"6\",\"C\",\"Carbon\",\"Nonmetal\",\"14\",\"2\"],\"cellBackgrounds\":[null,null,null,[138,226,52,255],null,null]}],[\"create\",\"w114\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":6,\"texts\":[\"7\",\"N\",\"Nitrogen\",\"Nonmetal\",\"15\",\"2\"],\"cellBackgrounds\":[null,null,null,[138,226,52,255],null,null]}],[\"create\",\"w115\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":7,\"texts\":[\"8\",\"O\",\"Oxygen\",\"Nonmetal\",\"16\",\"2\"],\"cellBackgrounds\":[null,null,null,[138,226,52,255],null,null]}],[\"create\",\"w116\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":8,\"texts\":[\"9\",\"F\",\"Fluorine\",\"Halogen\",\"17\",\"2\"],\"cellBackgrounds\":[null,null,null,[252,233,79,255],null,null]}],[\"create\",\"w117\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":9,\"texts\":[\"10\",\"Ne\",\"Neon\",\"Noble gas\",\"18\",\"2\"],\"cellBackgrounds\":[null,null,null,[114,159,207,255],null,null]}],[\"create\",\"w118\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":10,\"texts\":[\"11\",\"Na\",\"Sodium\",\"Alkali metal\",\"1\",\"3\"],\"cellBackgrounds\":[null,null,null,[239,41,41,255],null,null]}],[\"create\",\"w119\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":11,\"texts\":[\"12\",\"Mg\",\"Magnesium\",\"Alkaline earth metal\",\"2\",\"3\"],\"cellBackgrounds\":[null,null,null,[233,185,110,255],null,null]}],[\"create\",\"w120\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":12,\"texts\":[\"13\",\"Al\",\"Aluminium\",\"Poor metal\",\"13\",\"3\"],\"cellBackgrounds\":[null,null,null,[238,238,236,255],null,null]}],[\"create\",\"w121\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":13,\"texts\":[\"14\",\"Si\",\"Silicon\",\"Metalloid\",\"14\",\"3\"],\"cellBackgrounds\":[null,null,null,[156,159,153,255],null,null]}],[\"create\",\"w122\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":14,\"texts\":[\"15\",\"P\",\"Phosphorus\",\"Nonmetal\",\"15\",\"3\"],\"cellBackgrounds\":[null,null,null,[138,226,52,255],null,null]}],[\"create\",\"w123\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":15,\"texts\":[\"16\",\"S\",\"Sulfur\",\"Nonmetal\",\"16\",\"3\"],\"cellBackgrounds\":[null,null,null,[138,226,52,255],null,null]}],[\"create\",\"w124\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":16,\"texts\":[\"17\",\"Cl\",\"Chlorine\",\"Halogen\",\"17\",\"3\"],\"cellBackgrounds\":[null,null,null,[252,233,79,255],null,null]}],[\"create\",\"w125\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":17,\"texts\":[\"18\",\"Ar\",\"Argon\",\"Noble gas\",\"18\",\"3\"],\"cellBackgrounds\":[null,null,null,[114,159,207,255],null,null]}],[\"create\",\"w126\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":18,\"texts\":[\"19\",\"K\",\"Potassium\",\"Alkali metal\",\"1\",\"4\"],\"cellBackgrounds\":[null,null,null,[239,41,41,255],null,null]}],[\"create\",\"w127\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":19,\"texts\":[\"20\",\"Ca\",\"Calcium\",\"Alkaline earth metal\",\"2\",\"4\"],\"cellBackgrounds\":[null,null,null,[233,185,110,255],null,null]}],[\"create\",\"w128\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":20,\"texts\":[\"21\",\"Sc\",\"Scandium\",\"Transition metal\",\"3\",\"4\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w129\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":21,\"texts\":[\"22\",\"Ti\",\"Titanium\",\"Transition metal\",\"4\",\"4\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w130\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":22,\"texts\":[\"23\",\"V\",\"Vanadium\",\"Transition metal\",\"5\",\"4\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w131\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":23,\"texts\":[\"24\",\"Cr\",\"Chromium\",\"Transition metal\",\"6\",\"4\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w132\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":24,\"texts\":[\"25\",\"Mn\",\"Manganese\",\"Transition metal\",\"7\",\"4\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w133\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":25,\"texts\":[\"26\",\"Fe\",\"Iron\",\"Transition metal\",\"8\",\"4\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w134\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":26,\"texts\":[\"27\",\"Co\",\"Cobalt\",\"Transition metal\",\"9\",\"4\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w135\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":27,\"texts\":[\"28\",\"Ni\",\"Nickel\",\"Transition metal\",\"10\",\"4\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w136\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":28,\"texts\":[\"29\",\"Cu\",\"Copper\",\"Transition metal\",\"11\",\"4\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w137\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":29,\"texts\":[\"30\",\"Zn\",\"Zinc\",\"Transition metal\",\"12\",\"4\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w138\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":30,\"texts\":[\"31\",\"Ga\",\"Gallium\",\"Poor metal\",\"13\",\"4\"],\"cellBackgrounds\":[null,null,null,[238,238,236,255],null,null]}],[\"create\",\"w139\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":31,\"texts\":[\"32\",\"Ge\",\"Germanium\",\"Metalloid\",\"14\",\"4\"],\"cellBackgrounds\":[null,null,null,[156,159,153,255],null,null]}],[\"create\",\"w140\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":32,\"texts\":[\"33\",\"As\",\"Arsenic\",\"Metalloid\",\"15\",\"4\"],\"cellBackgrounds\":[null,null,null,[156,159,153,255],null,null]}],[\"create\",\"w141\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":33,\"texts\":[\"34\",\"Se\",\"Selenium\",\"Nonmetal\",\"16\",\"4\"],\"cellBackgrounds\":[null,null,null,[138,226,52,255],null,null]}],[\"create\",\"w142\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":34,\"texts\":[\"35\",\"Br\",\"Bromine\",\"Halogen\",\"17\",\"4\"],\"cellBackgrounds\":[null,null,null,[252,233,79,255],null,null]}],[\"create\",\"w143\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":35,\"texts\":[\"36\",\"Kr\",\"Krypton\",\"Noble gas\",\"18\",\"4\"],\"cellBackgrounds\":[null,null,null,[114,159,207,255],null,null]}],[\"create\",\"w144\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":36,\"texts\":[\"37\",\"Rb\",\"Rubidium\",\"Alkali metal\",\"1\",\"5\"],\"cellBackgrounds\":[null,null,null,[239,41,41,255],null,null]}],[\"create\",\"w145\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":37,\"texts\":[\"38\",\"Sr\",\"Strontium\",\"Alkaline earth metal\",\"2\",\"5\"],\"cellBackgrounds\":[null,null,null,[233,185,110,255],null,null]}],[\"create\",\"w146\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":38,\"texts\":[\"39\",\"Y\",\"Yttrium\",\"Transition metal\",\"3\",\"5\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w147\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":39,\"texts\":[\"40\",\"Zr\",\"Zirconium\",\"Transition metal\",\"4\",\"5\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w148\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":40,\"texts\":[\"41\",\"Nb\",\"Niobium\",\"Transition metal\",\"5\",\"5\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w149\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":41,\"texts\":[\"42\",\"Mo\",\"Molybdenum\",\"Transition metal\",\"6\",\"5\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w150\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":42,\"texts\":[\"43\",\"Tc\",\"Technetium\",\"Transition metal\",\"7\",\"5\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w151\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":43,\"texts\":[\"44\",\"Ru\",\"Ruthenium\",\"Transition metal\",\"8\",\"5\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w152\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":44,\"texts\":[\"45\",\"Rh\",\"Rhodium\",\"Transition metal\",\"9\",\"5\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w153\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":45,\"texts\":[\"46\",\"Pd\",\"Palladium\",\"Transition metal\",\"10\",\"5\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w154\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":46,\"texts\":[\"47\",\"Ag\",\"Silver\",\"Transition metal\",\"11\",\"5\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w155\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":47,\"texts\":[\"48\",\"Cd\",\"Cadmium\",\"Transition metal\",\"12\",\"5\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w156\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":48,\"texts\":[\"49\",\"In\",\"Indium\",\"Poor metal\",\"13\",\"5\"],\"cellBackgrounds\":[null,null,null,[238,238,236,255],null,null]}],[\"create\",\"w157\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":49,\"texts\":[\"50\",\"Sn\",\"Tin\",\"Poor metal\",\"14\",\"5\"],\"cellBackgrounds\":[null,null,null,[238,238,236,255],null,null]}],[\"create\",\"w158\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":50,\"texts\":[\"51\",\"Sb\",\"Antimony\",\"Metalloid\",\"15\",\"5\"],\"cellBackgrounds\":[null,null,null,[156,159,153,255],null,null]}],[\"create\",\"w159\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":51,\"texts\":[\"52\",\"Te\",\"Tellurium\",\"Metalloid\",\"16\",\"5\"],\"cellBackgrounds\":[null,null,null,[156,159,153,255],null,null]}],[\"create\",\"w160\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":52,\"texts\":[\"53\",\"I\",\"Iodine\",\"Halogen\",\"17\",\"5\"],\"cellBackgrounds\":[null,null,null,[252,233,79,255],null,null]}],[\"create\",\"w161\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":53,\"texts\":[\"54\",\"Xe\",\"Xenon\",\"Noble gas\",\"18\",\"5\"],\"cellBackgrounds\":[null,null,null,[114,159,207,255],null,null]}],[\"create\",\"w162\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":54,\"texts\":[\"55\",\"Cs\",\"Caesium\",\"Alkali metal\",\"1\",\"6\"],\"cellBackgrounds\":[null,null,null,[239,41,41,255],null,null]}],[\"create\",\"w163\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":55,\"texts\":[\"56\",\"Ba\",\"Barium\",\"Alkaline earth metal\",\"2\",\"6\"],\"cellBackgrounds\":[null,null,null,[233,185,110,255],null,null]}],[\"create\",\"w164\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":56,\"texts\":[\"57\",\"La\",\"Lanthanum\",\"Lanthanide\",\"3\",\"6\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w165\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":57,\"texts\":[\"58\",\"Ce\",\"Cerium\",\"Lanthanide\",\"3\",\"6\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w166\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":58,\"texts\":[\"59\",\"Pr\",\"Praseodymium\",\"Lanthanide\",\"3\",\"6\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w167\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":59,\"texts\":[\"60\",\"Nd\",\"Neodymium\",\"Lanthanide\",\"3\",\"6\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w168\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":60,\"texts\":[\"61\",\"Pm\",\"Promethium\",\"Lanthanide\",\"3\",\"6\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w169\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":61,\"texts\":[\"62\",\"Sm\",\"Samarium\",\"Lanthanide\",\"3\",\"6\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w170\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":62,\"texts\":[\"63\",\"Eu\",\"Europium\",\"Lanthanide\",\"3\",\"6\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w171\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":63,\"texts\":[\"64\",\"Gd\",\"Gadolinium\",\"Lanthanide\",\"3\",\"6\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w172\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":64,\"texts\":[\"65\",\"Tb\",\"Terbium\",\"Lanthanide\",\"3\",\"6\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w173\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":65,\"texts\":[\"66\",\"Dy\",\"Dysprosium\",\"Lanthanide\",\"3\",\"6\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w174\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":66,\"texts\":[\"67\",\"Ho\",\"Holmium\",\"Lanthanide\",\"3\",\"6\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w175\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":67,\"texts\":[\"68\",\"Er\",\"Erbium\",\"Lanthanide\",\"3\",\"6\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w176\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":68,\"texts\":[\"69\",\"Tm\",\"Thulium\",\"Lanthanide\",\"3\",\"6\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w177\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":69,\"texts\":[\"70\",\"Yb\",\"Ytterbium\",\"Lanthanide\",\"3\",\"6\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w178\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":70,\"texts\":[\"71\",\"Lu\",\"Lutetium\",\"Lanthanide\",\"3\",\"6\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w179\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":71,\"texts\":[\"72\",\"Hf\",\"Hafnium\",\"Transition metal\",\"4\",\"6\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w180\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":72,\"texts\":[\"73\",\"Ta\",\"Tantalum\",\"Transition metal\",\"5\",\"6\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w181\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":73,\"texts\":[\"74\",\"W\",\"Tungsten\",\"Transition metal\",\"6\",\"6\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w182\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":74,\"texts\":[\"75\",\"Re\",\"Rhenium\",\"Transition metal\",\"7\",\"6\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w183\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":75,\"texts\":[\"76\",\"Os\",\"Osmium\",\"Transition metal\",\"8\",\"6\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w184\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":76,\"texts\":[\"77\",\"Ir\",\"Iridium\",\"Transition metal\",\"9\",\"6\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w185\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":77,\"texts\":[\"78\",\"Pt\",\"Platinum\",\"Transition metal\",\"10\",\"6\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w186\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":78,\"texts\":[\"79\",\"Au\",\"Gold\",\"Transition metal\",\"11\",\"6\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w187\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":79,\"texts\":[\"80\",\"Hg\",\"Mercury\",\"Transition metal\",\"12\",\"6\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w188\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":80,\"texts\":[\"81\",\"Tl\",\"Thallium\",\"Poor metal\",\"13\",\"6\"],\"cellBackgrounds\":[null,null,null,[238,238,236,255],null,null]}],[\"create\",\"w189\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":81,\"texts\":[\"82\",\"Pb\",\"Lead\",\"Poor metal\",\"14\",\"6\"],\"cellBackgrounds\":[null,null,null,[238,238,236,255],null,null]}],[\"create\",\"w190\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":82,\"texts\":[\"83\",\"Bi\",\"Bismuth\",\"Poor metal\",\"15\",\"6\"],\"cellBackgrounds\":[null,null,null,[238,238,236,255],null,null]}],[\"create\",\"w191\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":83,\"texts\":[\"84\",\"Po\",\"Polonium\",\"Metalloid\",\"16\",\"6\"],\"cellBackgrounds\":[null,null,null,[156,159,153,255],null,null]}],[\"create\",\"w192\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":84,\"texts\":[\"85\",\"At\",\"Astatine\",\"Halogen\",\"17\",\"6\"],\"cellBackgrounds\":[null,null,null,[252,233,79,255],null,null]}],[\"create\",\"w193\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":85,\"texts\":[\"86\",\"Rn\",\"Radon\",\"Noble gas\",\"18\",\"6\"],\"cellBackgrounds\":[null,null,null,[114,159,207,255],null,null]}],[\"create\",\"w194\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":86,\"texts\":[\"87\",\"Fr\",\"Francium\",\"Alkali metal\",\"1\",\"7\"],\"cellBackgrounds\":[null,null,null,[239,41,41,255],null,null]}],[\"create\",\"w195\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":87,\"texts\":[\"88\",\"Ra\",\"Radium\",\"Alkaline earth metal\",\"2\",\"7\"],\"cellBackgrounds\":[null,null,null,[233,185,110,255],null,null]}],[\"create\",\"w196\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":88,\"texts\":[\"89\",\"Ac\",\"Actinium\",\"Actinide\",\"3\",\"7\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w197\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":89,\"texts\":[\"90\",\"Th\",\"Thorium\",\"Actinide\",\"3\",\"7\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w198\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":90,\"texts\":[\"91\",\"Pa\",\"Protactinium\",\"Actinide\",\"3\",\"7\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w199\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":91,\"texts\":[\"92\",\"U\",\"Uranium\",\"Actinide\",\"3\",\"7\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w200\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":92,\"texts\":[\"93\",\"Np\",\"Neptunium\",\"Actinide\",\"3\",\"7\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w201\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":93,\"texts\":[\"94\",\"Pu\",\"Plutonium\",\"Actinide\",\"3\",\"7\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w202\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":94,\"texts\":[\"95\",\"Am\",\"Americium\",\"Actinide\",\"3\",\"7\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w203\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":95,\"texts\":[\"96\",\"Cm\",\"Curium\",\"Actinide\",\"3\",\"7\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w204\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":96,\"texts\":[\"97\",\"Bk\",\"Berkelium\",\"Actinide\",\"3\",\"7\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w205\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":97,\"texts\":[\"98\",\"Cf\",\"Californium\",\"Actinide\",\"3\",\"7\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w206\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":98,\"texts\":[\"99\",\"Es\",\"Einsteinium\",\"Actinide\",\"3\",\"7\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w207\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":99,\"texts\":[\"100\",\"Fm\",\"Fermium\",\"Actinide\",\"3\",\"7\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w208\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":100,\"texts\":[\"101\",\"Md\",\"Mendelevium\",\"Actinide\",\"3\",\"7\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w209\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":101,\"texts\":[\"102\",\"No\",\"Nobelium\",\"Actinide\",\"3\",\"7\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w210\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":102,\"texts\":[\"103\",\"Lr\",\"Lawrencium\",\"Actinide\",\"3\",\"7\"],\"cellBackgrounds\":[null,null,null,[173,127,168,255],null,null]}],[\"create\",\"w211\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":103,\"texts\":[\"104\",\"Rf\",\"Rutherfordium\",\"Transition metal\",\"4\",\"7\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w212\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":104,\"texts\":[\"105\",\"Db\",\"Dubnium\",\"Transition metal\",\"5\",\"7\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w213\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":105,\"texts\":[\"106\",\"Sg\",\"Seaborgium\",\"Transition metal\",\"6\",\"7\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w214\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":106,\"texts\":[\"107\",\"Bh\",\"Bohrium\",\"Transition metal\",\"7\",\"7\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w215\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":107,\"texts\":[\"108\",\"Hs\",\"Hassium\",\"Transition metal\",\"8\",\"7\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w216\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":108,\"texts\":[\"109\",\"Mt\",\"Meitnerium\",\"Transition metal\",\"9\",\"7\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w217\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":109,\"texts\":[\"110\",\"Ds\",\"Darmstadtium\",\"Transition metal\",\"10\",\"7\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w218\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":110,\"texts\":[\"111\",\"Rg\",\"Roentgenium\",\"Transition metal\",\"11\",\"7\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w219\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":111,\"texts\":[\"112\",\"Uub\",\"Ununbium\",\"Transition metal\",\"12\",\"7\"],\"cellBackgrounds\":[null,null,null,[252,175,62,255],null,null]}],[\"create\",\"w220\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":112,\"texts\":[\"113\",\"Uut\",\"Ununtrium\",\"Poor metal\",\"13\",\"7\"],\"cellBackgrounds\":[null,null,null,[238,238,236,255],null,null]}],[\"create\",\"w221\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":113,\"texts\":[\"114\",\"Uuq\",\"Ununquadium\",\"Poor metal\",\"14\",\"7\"],\"cellBackgrounds\":[null,null,null,[238,238,236,255],null,null]}],[\"create\",\"w222\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":114,\"texts\":[\"115\",\"Uup\",\"Ununpentium\",\"Poor metal\",\"15\",\"7\"],\"cellBackgrounds\":[null,null,null,[238,238,236,255],null,null]}],[\"create\",\"w223\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":115,\"texts\":[\"116\",\"Uuh\",\"Ununhexium\",\"Poor metal\",\"16\",\"7\"],\"cellBackgrounds\":[null,null,null,[238,238,236,255],null,null]}],[\"create\",\"w224\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":116,\"texts\":[\"117\",\"Uus\",\"Ununseptium\",\"Halogen\",\"17\",\"7\"],\"cellBackgrounds\":[null,null,null,[252,233,79,255],null,null]}],[\"create\",\"w225\",\"rwt.widgets.GridItem\",{\"parent\":\"w99\",\"index\":117,\"texts\":[\"118\",\"Uuo\",\"Ununoctium\",\"Noble gas\",\"18\",\"7\"],\"cellBackgrounds\":[null,null,null,[114,159,207,255],null,null]}],[\"create\",\"w226\",\"rwt.widgets.Composite\",{\"parent\":\"w97\",\"style\":[\"BORDER\"],\"bounds\":[10,464,988,25],\"children\":[\"w227\"],\"tabIndex\":-1,\"clientArea\":[0,0,986,23]}],[\"create\",\"w227\",\"rwt.widgets.Label\",{\"parent\":\"w226\",\"style\":[\"NONE\"],\"bounds\":[10,10,966,3],\"tabIndex\":-1,\"text\":\"Hydrogen (H)\"}],[\"create\",\"w228\",\"rwt.widgets.Label\",{\"parent\":\"w97\",\"style\":[\"WRAP\"],\"bounds\":[10,499,988,16],\"tabIndex\":-1,\"foreground\":[150,150,150,255],\"font\":[[\"Verdana\",\"Lucida Sans\",\"Arial\",\"Helvetica\",\"sans-serif\"],10,false,false],\"text\":\"Shortcuts: [CTRL+F] - Filter | Sort by: [CTRL+R] - Number, [CTRL+Y] - Symbol, [CTRL+N] - Name, [CTRL+S] - Series, [CTRL+G] - Group, [CTRL+E] - Period\"}],[\"set\",\"w1\",{\"focusControl\":\"w99\"}],[\"call\",\"rwt.client.BrowserNavigation\",\"addToHistory\",{\"entries\":[[\"tableviewer\",\"TableViewer\"]]}]]}";
    // Checkstyle: resume

    @Override
    public boolean verifyResult(final Object r) {
      JsonValue result = (JsonValue) r;
      if (!result.isObject()) { return false; }
      if (!result.asObject().get("head").isObject())      { return false; }
      if (!result.asObject().get("operations").isArray()) { return false; }
      return result.asObject().get("operations").asArray().size() == 156;
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

  // json/JsonArray.java
  /**
   * Represents a JSON array, an ordered collection of JSON values.
   * <p>
   * Elements can be added using the <code>add(...)</code> methods which accept instances of
   * {@link JsonValue}, strings, primitive numbers, and boolean values. To replace an element of an
   * array, use the <code>set(int, ...)</code> methods.
   * </p>
   * <p>
   * Note that this class is <strong>not thread-safe</strong>. If multiple threads access a
   * <code>JsonArray</code> instance concurrently, while at least one of these threads modifies the
   * contents of this array, access to the instance must be synchronized externally. Failure to do so
   * may lead to an inconsistent state.
   * </p>
   * <p>
   * This class is <strong>not supposed to be extended</strong> by clients.
   * </p>
   */
  public static final class JsonArray extends JsonValue {

    private final Vector<JsonValue> values;

    /**
     * Creates a new empty JsonArray.
     */
    public JsonArray() {
      values = new Vector<JsonValue>();
    }

    /**
     * Appends the specified JSON value to the end of this array.
     *
     * @param value
     *          the JsonValue to add to the array, must not be <code>null</code>
     * @return the array itself, to enable method chaining
     */
    public JsonArray add(final JsonValue value) {
      if (value == null) {
        throw new NullPointerException("value is null");
      }
      values.append(value);
      return this;
    }

    /**
     * Returns the number of elements in this array.
     *
     * @return the number of elements in this array
     */
    public int size() {
      return values.size();
    }

    /**
     * Returns the value of the element at the specified position in this array.
     *
     * @param index
     *          the index of the array element to return
     * @return the value of the element at the specified position
     * @throws IndexOutOfBoundsException
     *           if the index is out of range, i.e. <code>index &lt; 0</code> or
     *           <code>index &gt;= size</code>
     */
    public JsonValue get(final int index) {
      return values.at(index);
    }

    @Override
    public boolean isArray() {
      return true;
    }

    @Override
    public JsonArray asArray() {
      return this;
    }
  }

  // json/JsonLiteral.java
  static final class JsonLiteral extends JsonValue {

    static final JsonValue NULL = new JsonLiteral("null");
    static final JsonValue TRUE = new JsonLiteral("true");
    static final JsonValue FALSE = new JsonLiteral("false");

    private final String value;
    private final boolean isNull;
    private final boolean isTrue;
    private final boolean isFalse;

    private JsonLiteral(final String value) {
      this.value = value;
      isNull  = "null".equals(value);
      isTrue  = "true".equals(value);
      isFalse = "false".equals(value);
    }

    @Override
    public String toString() {
      return value;
    }

    @Override
    public boolean isNull() {
      return isNull;
    }

    @Override
    public boolean isTrue() {
      return isTrue;
    }

    @Override
    public boolean isFalse() {
      return isFalse;
    }

    @Override
    public boolean isBoolean() {
      return isTrue || isFalse;
    }
  }

  // json/JsonNumber.java
  static final class JsonNumber extends JsonValue {

    private final String string;

    JsonNumber(final String string) {
      this.string = string;
      if (string == null) {
        throw new NullPointerException("string is null");
      }
    }

    @Override
    public String toString() {
      return string;
    }

    @Override
    public boolean isNumber() {
      return true;
    }
  }

  // json/JsonObject.java
  /**
   * Represents a JSON object, a set of name/value pairs, where the names are strings and the values
   * are JSON values.
   * <p>
   * Members can be added using the <code>add(String, ...)</code> methods which accept instances of
   * {@link JsonValue}, strings, primitive numbers, and boolean values. To modify certain values of an
   * object, use the <code>set(String, ...)</code> methods. Please note that the <code>add</code>
   * methods are faster than <code>set</code> as they do not search for existing members. On the other
   * hand, the <code>add</code> methods do not prevent adding multiple members with the same name.
   * Duplicate names are discouraged but not prohibited by JSON.
   * </p>
   * <p>
   * Members can be accessed by their name using {@link #get(String)}.
   * <p>
   * This class is <strong>not supposed to be extended</strong> by clients.
   * </p>
   */
  public static final class JsonObject extends JsonValue {

    private final Vector<String> names;
    private final Vector<JsonValue> values;
    private transient HashIndexTable table;

    /**
     * Creates a new empty JsonObject.
     */
    public JsonObject() {
      names  = new Vector<String>();
      values = new Vector<JsonValue>();
      table  = new HashIndexTable();
    }

    /**
     * Appends a new member to the end of this object, with the specified name and the specified JSON
     * value.
     * <p>
     * This method <strong>does not prevent duplicate names</strong>. Calling this method with a name
     * that already exists in the object will append another member with the same name. In order to
     * replace existing members, use the method <code>set(name, value)</code> instead. However,
     * <strong> <em>add</em> is much faster than <em>set</em></strong> (because it does not need to
     * search for existing members). Therefore <em>add</em> should be preferred when constructing new
     * objects.
     * </p>
     *
     * @param name
     *          the name of the member to add
     * @param value
     *          the value of the member to add, must not be <code>null</code>
     * @return the object itself, to enable method chaining
     */
    public JsonObject add(final String name, final JsonValue value) {
      if (name == null) {
        throw new NullPointerException("name is null");
      }
      if (value == null) {
        throw new NullPointerException("value is null");
      }
      table.add(name, names.size());
      names.append(name);
      values.append(value);
      return this;
    }

    /**
     * Returns the value of the member with the specified name in this object. If this object contains
     * multiple members with the given name, this method will return the last one.
     *
     * @param name
     *          the name of the member whose value is to be returned
     * @return the value of the last member with the specified name, or <code>null</code> if this
     *         object does not contain a member with that name
     */
    public JsonValue get(final String name) {
      if (name == null) {
        throw new NullPointerException("name is null");
      }
      int index = indexOf(name);
      return index == -1 ? null : values.at(index);
    }

    /**
     * Returns the number of members (name/value pairs) in this object.
     *
     * @return the number of members in this object
     */
    public int size() {
      return names.size();
    }

    /**
     * Returns <code>true</code> if this object contains no members.
     *
     * @return <code>true</code> if this object contains no members
     */
    public boolean isEmpty() {
      return names.isEmpty();
    }

    @Override
    public boolean isObject() {
      return true;
    }

    @Override
    public JsonObject asObject() {
      return this;
    }

    private int indexOf(final String name) {
      int index = table.get(name);
      if (index != -1 && name.equals(names.at(index))) {
        return index;
      }
      throw new NotImplemented(); // Not needed for benchmark
    }

    private static class HashIndexTable {

      private final int[] hashTable;

      HashIndexTable() {
        hashTable = new int[32]; // must be a power of two
      }

      void add(final String name, final int index) {
        int slot = hashSlotFor(name);
        if (index < 0xff) {
          // increment by 1, 0 stands for empty
          hashTable[slot] = (index + 1) & 0xff;
        } else {
          hashTable[slot] = 0;
        }
      }

      int get(final String name) {
        int slot = hashSlotFor(name);
        // subtract 1, 0 stands for empty
        return (hashTable[slot] & 0xff) - 1;
      }

      private int stringHash(final String s) {
        // this is not a proper hash, but sufficient for the benchmark,
        // and very portable!
        return s.length() * 1402589;
      }

      private int hashSlotFor(final String element) {
        return stringHash(element) & hashTable.length - 1;
      }
    }
  }

  // json/JsonPureStringParser.java
  public static final class JsonPureStringParser {

    private final String input;
    private int index;
    private int line;
    private int column;
    private String current;
    private String captureBuffer;
    private int captureStart;

    public JsonPureStringParser(final String string) {
      this.input = string;
      index = -1;
      line = 1;
      captureStart = -1;
      column = 0;
      current = null;
      captureBuffer = "";
    }

    public JsonValue parse() {
      read();
      skipWhiteSpace();
      JsonValue result = readValue();
      skipWhiteSpace();
      if (!isEndOfText()) {
        throw error("Unexpected character");
      }
      return result;
    }

    private JsonValue readValue() {
      switch(current) {
      case "n":
        return readNull();
      case "t":
        return readTrue();
      case "f":
        return readFalse();
      case "\"":
        return readString();
      case "[":
        return readArray();
      case "{":
        return readObject();
      case "-":
      case "0":
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7":
      case "8":
      case "9":
        return readNumber();
      default:
        throw expected("value");
      }
    }

    private JsonArray readArray() {
      read();
      JsonArray array = new JsonArray();
      skipWhiteSpace();
      if (readChar("]")) {
        return array;
      }
      do {
        skipWhiteSpace();
        array.add(readValue());
        skipWhiteSpace();
      } while (readChar(","));
      if (!readChar("]")) {
        throw expected("',' or ']'");
      }
      return array;
    }

    private JsonObject readObject() {
      read();
      JsonObject object = new JsonObject();
      skipWhiteSpace();
      if (readChar("}")) {
        return object;
      }
      do {
        skipWhiteSpace();
        String name = readName();
        skipWhiteSpace();
        if (!readChar(":")) {
          throw expected("':'");
        }
        skipWhiteSpace();
        object.add(name, readValue());
        skipWhiteSpace();
      } while (readChar(","));

      if (!readChar("}")) {
        throw expected("',' or '}'");
      }
      return object;
    }

    private String readName() {
      if (!current.equals("\"")) {
        throw expected("name");
      }
      return readStringInternal();
    }

    private JsonValue readNull() {
      read();
      readRequiredChar("u");
      readRequiredChar("l");
      readRequiredChar("l");
      return JsonLiteral.NULL;
    }

    private JsonValue readTrue() {
      read();
      readRequiredChar("r");
      readRequiredChar("u");
      readRequiredChar("e");
      return JsonLiteral.TRUE;
    }

    private JsonValue readFalse() {
      read();
      readRequiredChar("a");
      readRequiredChar("l");
      readRequiredChar("s");
      readRequiredChar("e");
      return JsonLiteral.FALSE;
    }

    private void readRequiredChar(final String ch) {
      if (!readChar(ch)) {
        throw expected("'" + ch + "'");
      }
    }

    private JsonValue readString() {
      return new JsonString(readStringInternal());
    }

    private String readStringInternal() {
      read();
      startCapture();
      while (!current.equals("\"")) {
        if (current.equals("\\")) {
          pauseCapture();
          readEscape();
          startCapture();
        } else {
          read();
        }
      }
      String string = endCapture();
      read();
      return string;
    }

    private void readEscape() {
      read();
      switch(current) {
      case "\"":
      case "/":
      case "\\":
        captureBuffer += current;
        break;
      case "b":
        captureBuffer += "\b";
        break;
      case "f":
        captureBuffer += "\f";
        break;
      case "n":
        captureBuffer += "\n";
        break;
      case "r":
        captureBuffer += "\r";
        break;
      case "t":
        captureBuffer += "\t";
        break;
      default:
        throw expected("valid escape sequence");
      }
      read();
    }

    private JsonValue readNumber() {
      startCapture();
      readChar("-");
      String firstDigit = current;
      if (!readDigit()) {
        throw expected("digit");
      }
      if (!firstDigit.equals("0")) {
        // Checkstyle: stop
        while (readDigit()) { }
       // Checkstyle: resume
      }
      readFraction();
      readExponent();
      return new JsonNumber(endCapture());
    }

    private boolean readFraction() {
      if (!readChar(".")) {
        return false;
      }
      if (!readDigit()) {
        throw expected("digit");
      }
      // Checkstyle: stop
      while (readDigit()) { }
      // Checkstyle: resume
      return true;
    }

    private boolean readExponent() {
      if (!readChar("e") && !readChar("E")) {
        return false;
      }
      if (!readChar("+")) {
        readChar("-");
      }
      if (!readDigit()) {
        throw expected("digit");
      }

      // Checkstyle: stop
      while (readDigit()) { }
      // Checkstyle: resume
      return true;
    }

    private boolean readChar(final String ch) {
      if (!current.equals(ch)) {
        return false;
      }
      read();
      return true;
    }

    private boolean readDigit() {
      if (!isDigit()) {
        return false;
      }
      read();
      return true;
    }

    private void skipWhiteSpace() {
      while (isWhiteSpace()) {
        read();
      }
    }

    private void read() {
      if ("\n".equals(current)) {
        line++;
        column = 0;
      }
      index++;
      if (index < input.length()) {
        current = input.substring(index, index + 1);
      } else {
        current = null;
      }
    }

    private void startCapture() {
      captureStart = index;
    }

    private void pauseCapture() {
      int end = current == null ? index : index - 1;
      captureBuffer += input.substring(captureStart, end + 1);
      captureStart = -1;
    }

    private String endCapture() {
      int end = current == null ? index : index - 1;
      String captured;
      if ("".equals(captureBuffer)) {
        captured = input.substring(captureStart, end + 1);
      } else {
        captureBuffer += input.substring(captureStart, end + 1);
        captured = captureBuffer;
        captureBuffer = "";
      }
      captureStart = -1;
      return captured;
    }

    private ParseException expected(final String expected) {
      if (isEndOfText()) {
        return error("Unexpected end of input");
      }
      return error("Expected " + expected);
    }

    private ParseException error(final String message) {
      return new ParseException(message, index, line, column - 1);
    }

    private boolean isWhiteSpace() {
      return " ".equals(current) || "\t".equals(current) || "\n".equals(current) || "\r".equals(current);
    }

    private boolean isDigit() {
      return "0".equals(current) ||
          "1".equals(current) ||
          "2".equals(current) ||
          "3".equals(current) ||
          "4".equals(current) ||
          "5".equals(current) ||
          "6".equals(current) ||
          "7".equals(current) ||
          "8".equals(current) ||
          "9".equals(current);
    }

    private boolean isEndOfText() {
      return current == null;
    }
  }

  // json/JsonString.java
  static final class JsonString extends JsonValue {

    private final String string;

    JsonString(final String string) {
      this.string = string;
    }

    @Override
    public boolean isString() {
      return true;
    }
  }

  // json/JsonValue.java
  /**
   * Represents a JSON value. This can be a JSON <strong>object</strong>, an <strong> array</strong>,
   * a <strong>number</strong>, a <strong>string</strong>, or one of the literals
   * <strong>true</strong>, <strong>false</strong>, and <strong>null</strong>.
   * <p>
   * The literals <strong>true</strong>, <strong>false</strong>, and <strong>null</strong> are
   * represented by the constants {@link #TRUE}, {@link #FALSE}, and {@link #NULL}.
   * </p>
   * <p>
   * JSON <strong>objects</strong> and <strong>arrays</strong> are represented by the subtypes
   * {@link JsonObject} and {@link JsonArray}. Instances of these types can be created using the
   * public constructors of these classes.
   * </p>
   * <p>
   * Instances that represent JSON <strong>numbers</strong>, <strong>strings</strong> and
   * <strong>boolean</strong> values can be created using the static factory methods
   * {@link #valueOf(String)}, {@link #valueOf(long)}, {@link #valueOf(double)}, etc.
   * </p>
   * <p>
   * In order to find out whether an instance of this class is of a certain type, the methods
   * {@link #isObject()}, {@link #isArray()}, {@link #isString()}, {@link #isNumber()} etc. can be
   * used.
   * </p>
   * <p>
   * If the type of a JSON value is known, the methods {@link #asObject()}, {@link #asArray()},
   * {@link #asString()}, {@link #asInt()}, etc. can be used to get this value directly in the
   * appropriate target type.
   * </p>
   * <p>
   * This class is <strong>not supposed to be extended</strong> by clients.
   * </p>
   */
  public static abstract class JsonValue {

    JsonValue() {
      // prevent subclasses outside of this package
    }

    /**
     * Detects whether this value represents a JSON object. If this is the case, this value is an
     * instance of {@link JsonObject}.
     *
     * @return <code>true</code> if this value is an instance of JsonObject
     */
    public boolean isObject() {
      return false;
    }

    /**
     * Detects whether this value represents a JSON array. If this is the case, this value is an
     * instance of {@link JsonArray}.
     *
     * @return <code>true</code> if this value is an instance of JsonArray
     */
    public boolean isArray() {
      return false;
    }

    /**
     * Detects whether this value represents a JSON number.
     *
     * @return <code>true</code> if this value represents a JSON number
     */
    public boolean isNumber() {
      return false;
    }

    /**
     * Detects whether this value represents a JSON string.
     *
     * @return <code>true</code> if this value represents a JSON string
     */
    public boolean isString() {
      return false;
    }

    /**
     * Detects whether this value represents a boolean value.
     *
     * @return <code>true</code> if this value represents either the JSON literal <code>true</code> or
     *         <code>false</code>
     */
    public boolean isBoolean() {
      return false;
    }

    /**
     * Detects whether this value represents the JSON literal <code>true</code>.
     *
     * @return <code>true</code> if this value represents the JSON literal <code>true</code>
     */
    public boolean isTrue() {
      return false;
    }

    /**
     * Detects whether this value represents the JSON literal <code>false</code>.
     *
     * @return <code>true</code> if this value represents the JSON literal <code>false</code>
     */
    public boolean isFalse() {
      return false;
    }

    /**
     * Detects whether this value represents the JSON literal <code>null</code>.
     *
     * @return <code>true</code> if this value represents the JSON literal <code>null</code>
     */
    public boolean isNull() {
      return false;
    }

    /**
     * Returns this JSON value as {@link JsonObject}, assuming that this value represents a JSON
     * object. If this is not the case, an exception is thrown.
     *
     * @return a JSONObject for this value
     * @throws UnsupportedOperationException
     *           if this value is not a JSON object
     */
    public JsonObject asObject() {
      throw new UnsupportedOperationException("Not an object: " + toString());
    }

    /**
     * Returns this JSON value as {@link JsonArray}, assuming that this value represents a JSON array.
     * If this is not the case, an exception is thrown.
     *
     * @return a JSONArray for this value
     * @throws UnsupportedOperationException
     *           if this value is not a JSON array
     */
    public JsonArray asArray() {
      throw new UnsupportedOperationException("Not an array: " + toString());
    }
  }

  // json/ParseException.java
  /**
   * An unchecked exception to indicate that an input does not qualify as valid JSON.
   */
  @SuppressWarnings("serial") // use default serial UID
  public static class ParseException extends RuntimeException {

    private final int offset;
    private final int line;
    private final int column;

    ParseException(final String message, final int offset, final int line, final int column) {
      super(message + " at " + line + ":" + column);
      this.offset = offset;
      this.line   = line;
      this.column = column;
    }

    /**
     * Returns the absolute index of the character at which the error occurred. The
     * index of the first character of a document is 0.
     *
     * @return the character offset at which the error occurred, will be &gt;= 0
     */
    public int getOffset() {
      return offset;
    }

    /**
     * Returns the number of the line in which the error occurred. The first line counts as 1.
     *
     * @return the line in which the error occurred, will be &gt;= 1
     */
    public int getLine() {
      return line;
    }

    /**
     * Returns the index of the character at which the error occurred, relative to the line. The
     * index of the first character of a line is 0.
     *
     * @return the column in which the error occurred, will be &gt;= 0
     */
    public int getColumn() {
      return column;
    }
  }

  // som/Constants.java
  public static class Constants {
    public static final int INITIAL_SIZE = 10;
  }

  // som/ForEachInterface.java
  @FunctionalInterface
  public interface ForEachInterface<E> {
    void apply(E elem);
  }

  // som/NotImplemented.java
  /**
   * This exception is used for parts of the SOM library that are not implemented,
   * because they have not been needed yet.
   */
  public static final class NotImplemented extends RuntimeException {
    private static final long serialVersionUID = -4531673456975370703L;
  }

  // som/TestInterface.java
  @FunctionalInterface
  public interface TestInterface<E> {
    boolean test(E elem);
  }

  // som/Vector.java
  /**
   * Porting notes:
   *  - does not use an explicit array bounds check, because Java already does
   *    that. Don't see a point in doing it twice.
   */
  public static class Vector<E> {
    private Object[] storage;
    private int firstIdx;
    private int lastIdx;

    public static <E> Vector<E> with(final E elem) {
      Vector<E> v = new Vector<E>(1);
      v.append(elem);
      return v;
    }

    public Vector(final int size) {
      storage = size == 0 ? null : new Object[size];
    }

    public Vector() { }

    @SuppressWarnings("unchecked")
    public E at(final int idx) {
      if (storage == null || idx >= storage.length) {
        return null;
      }
      return (E) storage[idx];
    }

    public void atPut(final int idx, final E val) {
      if (storage == null) {
        storage = new Object[Math.max(idx + 1, Constants.INITIAL_SIZE)];
      } else if (idx >= storage.length) {
        int newLength = storage.length;
        while (newLength <= idx) {
          newLength *= 2;
        }
        storage = Arrays.copyOf(storage, newLength);
      }
      storage[idx] = val;
      if (lastIdx < idx + 1) {
        lastIdx = idx + 1;
      }
    }

    public void append(final E elem) {
      if (storage == null) {
        storage = new Object[Constants.INITIAL_SIZE];
      } else if (lastIdx >= storage.length) {
        // Need to expand capacity first
        storage = Arrays.copyOf(storage, 2 * storage.length);
      }

      storage[lastIdx] = elem;
      lastIdx++;
    }

    public boolean isEmpty() {
      return lastIdx == firstIdx;
    }

    @SuppressWarnings("unchecked")
    public void forEach(final ForEachInterface<E> fn) {
      for (int i = firstIdx; i < lastIdx; i++) {
        fn.apply((E) storage[i]);
      }
    }

    @SuppressWarnings("unchecked")
    public boolean hasSome(final TestInterface<E> fn) {
      for (int i = firstIdx; i < lastIdx; i++) {
        if (fn.test((E) storage[i])) {
          return true;
        }
      }
      return false;
    }

    @SuppressWarnings("unchecked")
    public E getOne(final TestInterface<E> fn) {
      for (int i = firstIdx; i < lastIdx; i++) {
        E e = (E) storage[i];
        if (fn.test(e)) {
          return e;
        }
      }
      return null;
    }

    @SuppressWarnings("unchecked")
    public E first() {
      if (isEmpty()) {
        return null;
      }
      return (E) storage[firstIdx];
    }

    @SuppressWarnings("unchecked")
    public E removeFirst() {
      if (isEmpty()) {
        return null;
      }
      firstIdx++;
      return (E) storage[firstIdx - 1];
    }

    public boolean remove(final E obj) {
      if (storage == null || isEmpty()) {
        return false;
      }

      Object[] newArray = new Object[capacity()];
      int[] newLast     = new int[] {0};
      boolean[] found   = new boolean[] {false};

      forEach(it -> {
        if (it == obj) {
          found[0] = true;
        } else {
          newArray[newLast[0]] = it;
          newLast[0]++;
      }});

      storage  = newArray;
      lastIdx  = newLast[0];
      firstIdx = 0;
      return found[0];
    }

    public void removeAll() {
      firstIdx = 0;
      lastIdx = 0;
      if (storage != null) {
        storage = new Object[storage.length];
      }
    }

    public int size() {
      return lastIdx - firstIdx;
    }

    public int capacity() {
      return storage == null ? 0 : storage.length;
    }

    public void sort(final Comparator<E> c) {
      if (size() > 0) {
        sort(firstIdx, lastIdx - 1, c);
      }
    }

    @SuppressWarnings("unchecked")
    private void sort(final int i, final int j, final Comparator<E> c) {
      if (c == null) {
        defaultSort(i, j);
      }

      int n = j + 1 - i;
      if (n <= 1) {
        return;
      }

      E di = (E) storage[i];
      E dj = (E) storage[j];

      if (c.compare(di, dj) > 0) {
        swap(storage, i, j);
        E tt = di;
        di = dj;
        dj = tt;
      }

      if (n > 2) {
        int ij = (i + j) / 2;
        E dij = (E) storage[ij];

        if (c.compare(di, dij) <= 0) {
          if (c.compare(dij, dj) > 0) {
            swap(storage, j, ij);
            dij = dj;
          }
        } else {
          swap(storage, i, ij);
          dij = di;
        }

        if (n > 3) {
          int k = i;
          int l = j - 1;

          while (true) {
            while (k <= l && c.compare(dij, (E) storage[l]) <= 0) {
              l -= 1;
            }

            k += 1;
            while (k <= l && c.compare((E) storage[k], dij) <= 0) {
              k += 1;
            }

            if (k > l) {
              break;
            }
            swap(storage, k, l);
          }

          sort(i, l, c);
          sort(k, j, c);
        }
      }
    }

    private static void swap(final Object[] storage2, final int i, final int j) {
      throw new NotImplemented();
    }

    private void defaultSort(final int i, final int j) {
      throw new NotImplemented();
    }
  }
}
