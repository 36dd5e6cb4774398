// Source: Rosetta Code, "Temperature conversion".
public class RcTemperature {
    public static void main(String[] args) {
        for (double kelvin : new double[] {0, 21, 273.15, 373.15}) {
            double celsius = kelvin - 273.15;
            double fahrenheit = celsius * 9.0 / 5.0 + 32.0;
            double rankine = kelvin * 9.0 / 5.0;
            System.out.printf("K %7.2f  C %7.2f  F %7.2f  R %7.2f%n", kelvin, celsius, fahrenheit, rankine);
        }
    }
}
