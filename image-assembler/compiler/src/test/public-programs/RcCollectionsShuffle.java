// Source: Rosetta Code, "Playing cards" (a deck shuffled with Collections.shuffle and a seeded Random).
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

public class RcCollectionsShuffle {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    enum Pip { TWO, THREE, FOUR, FIVE, SIX, SEVEN, EIGHT, NINE, TEN, JACK, QUEEN, KING, ACE }

    record Card(Pip pip, Suit suit) {
        @Override
        public String toString() {
            return pip + " of " + suit;
        }
    }

    public static void main(String[] args) {
        List<Card> deck = new ArrayList<>();
        for (Suit s : Suit.values()) {
            for (Pip p : Pip.values()) {
                deck.add(new Card(p, s));
            }
        }
        Collections.shuffle(deck, new Random(7));
        for (int i = 0; i < 5; i++) {
            System.out.println(deck.remove(0));
        }
        System.out.println(deck.size() + " cards left");
    }
}
