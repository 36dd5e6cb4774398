public class CalendarMath {
    static boolean leap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }
    static int daysIn(int y, int m) { switch (m) { case 2: return leap(y) ? 29 : 28; case 4: case 6: case 9: case 11: return 30; default: return 31; } }
    static int dayOfWeek(int y, int m, int d) { if (m < 3) { m += 12; y--; } int k = y % 100, j = y / 100; int h = (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7; return (h + 5) % 7; }
    static long epochDay(int y, int m, int d) { long days = 0; for (int yy = 1970; yy < y; yy++) days += leap(yy) ? 366 : 365; for (int mm = 1; mm < m; mm++) days += daysIn(y, mm); return days + d - 1; }
    static final String[] NAMES = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    public static void main(String[] args) {
        int[][] dates = { { 2000, 1, 1 }, { 1970, 1, 1 }, { 2024, 2, 29 }, { 1999, 12, 31 }, { 2038, 1, 19 }, { 1900, 3, 1 } };
        for (int[] dt : dates) System.out.println(dt[0] + "-" + dt[1] + "-" + dt[2] + " " + NAMES[dayOfWeek(dt[0], dt[1], dt[2])] + " epochDay " + epochDay(dt[0], dt[1], dt[2]));
        int leaps = 0; for (int y = 1600; y <= 2400; y++) if (leap(y)) leaps++; System.out.println("leap years " + leaps);
        int fridays13 = 0; for (int y = 2000; y < 2100; y++) for (int m = 1; m <= 12; m++) if (dayOfWeek(y, m, 13) == 4) fridays13++; System.out.println("friday 13ths " + fridays13);
        long secs = epochDay(2038, 1, 19) * 86400L + 3 * 3600 + 14 * 60 + 7; System.out.println(secs + " " + (int) secs + " " + (secs > Integer.MAX_VALUE));
    }
}
