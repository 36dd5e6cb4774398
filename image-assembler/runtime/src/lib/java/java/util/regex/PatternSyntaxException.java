package java.util.regex;

/** A regular expression that cannot be compiled; the message points at the offending index as the JDK's does. */
public class PatternSyntaxException extends IllegalArgumentException {
    private final String desc;
    private final String pattern;
    private final int index;

    /**
     * @param desc what is wrong @param regex the pattern @param index where, or -1 when no single
     *             place is to blame
     */
    public PatternSyntaxException(String desc, String regex, int index) {
        this.desc = desc;
        this.pattern = regex;
        this.index = index;
    }

    /** @return the index of the error, or -1 */
    public int getIndex() {
        return index;
    }

    /** @return the description of the error */
    public String getDescription() {
        return desc;
    }

    /** @return the erroneous pattern */
    public String getPattern() {
        return pattern;
    }

    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder();
        sb.append(desc);
        if (index >= 0) {
            sb.append(" near index ").append(index);
        }
        sb.append(System.lineSeparator()).append(pattern);
        if (index >= 0 && pattern != null && index < pattern.length()) {
            sb.append(System.lineSeparator());
            for (int i = 0; i < index; i++) {
                sb.append(pattern.charAt(i) == '\t' ? '\t' : ' ');
            }
            sb.append('^');
        }
        return sb.toString();
    }
}
