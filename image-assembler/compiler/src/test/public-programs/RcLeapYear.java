// Source: Rosetta Code, "Leap year" and "Day of the week".
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;

public class RcLeapYear {
    public static void main(String[] args) {
        for (int y : new int[] {1900, 1994, 1996, 2000, 2024}) {
            System.out.println(y + " " + Year.isLeap(y));
        }
        for (int year = 2008; year <= 2121; year++) {
            if (LocalDate.of(year, 12, 25).getDayOfWeek() == DayOfWeek.SUNDAY) {
                System.out.print(year + " ");
            }
        }
        System.out.println();
    }
}
