// Source: Rosetta Code, "Character codes" and "String case".
public class RcCharacterCodes {
    public static void main(String[] args) {
        System.out.println((int) 'a' + " " + (char) 97);
        String s = "alphaBETA";
        System.out.println(s.toUpperCase() + " " + s.toLowerCase());
        StringBuilder swapped = new StringBuilder();
        for (char c : s.toCharArray()) {
            swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        System.out.println(swapped);
        System.out.println(Character.getNumericValue('7') + " " + Character.isLetterOrDigit('_') + " " + Integer.toHexString('z'));
    }
}
