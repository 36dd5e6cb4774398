public class BankAccounts {
    static class InsufficientFunds extends Exception { InsufficientFunds(String id, long need) { super(id + " lacks " + need); } }
    static class Account {
        final String id; long balance; int ops;
        Account(String id, long initial) { this.id = id; this.balance = initial; }
        void deposit(long amt) { if (amt <= 0) throw new IllegalArgumentException("bad amount " + amt); balance += amt; ops++; }
        void withdraw(long amt) throws InsufficientFunds { if (amt > balance) throw new InsufficientFunds(id, amt - balance); balance -= amt; ops++; }
        public String toString() { return id + ":" + balance + "(" + ops + ")"; }
    }
    static class Savings extends Account { final int ratePermille; Savings(String id, long b, int r) { super(id, b); ratePermille = r; } void accrue() { balance += balance * ratePermille / 1000; } public String toString() { return "S-" + super.toString(); } }
    static void transfer(Account from, Account to, long amt) throws InsufficientFunds { from.withdraw(amt); to.deposit(amt); }
    public static void main(String[] args) {
        Account a = new Account("alice", 1000); Savings b = new Savings("bob", 500, 25);
        long[] amounts = { 100, 2000, 0, 450, -5, 300 };
        for (long amt : amounts) {
            try { transfer(a, b, amt); System.out.println("ok " + amt + " " + a + " " + b); }
            catch (InsufficientFunds e) { System.out.println("refused: " + e.getMessage()); }
            catch (IllegalArgumentException e) { System.out.println("invalid: " + e.getMessage() + " " + a); }
        }
        for (int y = 0; y < 5; y++) b.accrue();
        System.out.println(b);
    }
}
