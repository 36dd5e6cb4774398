public class FieldsAndStatics {
    static byte sb; static short ss; static char sc; static int si; static long sl; static boolean sz; static String sstr; static Object so;
    byte ib; short is; char ic; int ii; long il; boolean iz; String istr; int[] iarr;
    static int instances;
    final int id;
    FieldsAndStatics() { id = ++instances; }
    public static void main(String[] args) {
        System.out.println(sb + " " + ss + " " + (int) sc + " " + si + " " + sl + " " + sz + " " + sstr + " " + so);
        FieldsAndStatics f = new FieldsAndStatics();
        System.out.println(f.ib + " " + f.is + " " + (int) f.ic + " " + f.ii + " " + f.il + " " + f.iz + " " + f.istr + " " + f.iarr);
        sb = -100; ss = -30000; sc = 'Q'; si = -2000000000; sl = -9000000000000000000L; sz = true; sstr = "s"; so = "o";
        f.ib = 100; f.is = 30000; f.ic = 'q'; f.ii = 2000000000; f.il = 9000000000000000000L; f.iz = true; f.istr = "i"; f.iarr = new int[] { 9 };
        System.out.println(sb + " " + ss + " " + sc + " " + si + " " + sl + " " + sz + " " + sstr + " " + so);
        System.out.println(f.ib + " " + f.is + " " + f.ic + " " + f.ii + " " + f.il + " " + f.iz + " " + f.istr + " " + f.iarr[0]);
        f.ib += f.ib; f.is += f.is; f.ii += f.ii; f.il += f.il; sb -= 100; ss -= 30000;
        System.out.println(f.ib + " " + f.is + " " + f.ii + " " + f.il + " " + sb + " " + ss);
        FieldsAndStatics g = new FieldsAndStatics(), h = new FieldsAndStatics();
        System.out.println(f.id + " " + g.id + " " + h.id + " " + instances);
        g.il = f.il; h.il = g.il >>> 1; System.out.println(h.il);
    }
}
