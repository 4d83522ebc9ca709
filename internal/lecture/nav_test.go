package lecture

import "testing"

// drive applies keys to the start of deck d: n next, p previous, g first,
// G last, and a digit jumps to that slide number (0 jumps below the deck).
func drive(d *Deck, start Nav, keys string) Nav {
	n := start
	for _, k := range keys {
		switch {
		case k == 'n':
			n = n.Next(d)
		case k == 'p':
			n = n.Prev(d)
		case k == 'g':
			n = n.First(d)
		case k == 'G':
			n = n.Last(d)
		case k >= '0' && k <= '9':
			n = n.Jump(d, int(k-'0'))
		default:
			panic("unknown key " + string(k))
		}
	}
	return n
}

// The test deck: 0 Alpha (title), 1 Plain, 2 List (3 steps), 3 Beta (title), 4 Only.
func TestNav(t *testing.T) {
	tests := []struct {
		keys  string
		start Nav
		want  Nav
	}{
		{keys: "", want: Nav{0, 0}},
		{keys: "n", want: Nav{1, 0}},
		{keys: "nn", want: Nav{2, 0}},
		{keys: "nnn", want: Nav{2, 1}},
		{keys: "nnnnn", want: Nav{2, 3}},
		{keys: "nnnnnn", want: Nav{3, 0}},
		{keys: "nnnnnnn", want: Nav{4, 0}},
		{keys: "nnnnnnnnnnnn", want: Nav{4, 0}}, // stays on the last slide
		{keys: "p", want: Nav{0, 0}},            // stays on the first slide
		{keys: "nnp", want: Nav{1, 0}},
		{keys: "nnnnp", want: Nav{2, 1}}, // hides the last revealed item
		{keys: "4p", want: Nav{2, 3}},    // back onto a reveal slide, fully revealed
		{keys: "4pp", want: Nav{2, 2}},
		{keys: "4pppp", want: Nav{2, 0}},
		{keys: "4ppppp", want: Nav{1, 0}},
		{keys: "G", want: Nav{4, 0}},
		{keys: "Gg", want: Nav{0, 0}},
		{keys: "nnnng", want: Nav{0, 0}},
		{keys: "3", want: Nav{2, 0}},
		{keys: "nnnn3", want: Nav{2, 0}}, // a jump hides the items again
		{keys: "9", want: Nav{4, 0}},     // clamped to the last slide
		{keys: "0", want: Nav{0, 0}},     // clamped to the first slide
		{keys: "3nnnnp", want: Nav{2, 3}},
		// positions off the deck are brought back first
		{keys: "n", start: Nav{99, 9}, want: Nav{4, 0}},
		{keys: "p", start: Nav{-3, -1}, want: Nav{0, 0}},
		{keys: "n", start: Nav{2, 99}, want: Nav{3, 0}},
		{keys: "p", start: Nav{2, 99}, want: Nav{2, 2}},
		{keys: "n", start: Nav{1, 5}, want: Nav{2, 0}}, // a slide without steps has no step 5
	}
	d := testDeck()
	for _, tt := range tests {
		t.Run(tt.keys, func(t *testing.T) {
			if got := drive(d, tt.start, tt.keys); got != tt.want {
				t.Errorf("keys %q from %+v: got %+v, want %+v", tt.keys, tt.start, got, tt.want)
			}
		})
	}
}

func TestNavEmptyDeck(t *testing.T) {
	for _, d := range []*Deck{nil, {}} {
		if got := drive(d, Nav{3, 1}, "nnpgG5"); got != (Nav{}) {
			t.Errorf("empty deck: got %+v", got)
		}
	}
}

func TestNavClamp(t *testing.T) {
	d := testDeck()
	tests := []struct{ in, want Nav }{
		{Nav{0, 0}, Nav{0, 0}},
		{Nav{2, 2}, Nav{2, 2}},
		{Nav{2, 7}, Nav{2, 3}},
		{Nav{1, 1}, Nav{1, 0}},
		{Nav{-1, -1}, Nav{0, 0}},
		{Nav{5, 0}, Nav{4, 0}},
	}
	for _, tt := range tests {
		if got := tt.in.Clamp(d); got != tt.want {
			t.Errorf("%+v.Clamp = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

// TestNavRoundTrip walks the whole deck forward and back: every step is
// visited once each way, and the two walks are mirror images.
func TestNavRoundTrip(t *testing.T) {
	d := testDeck()
	var forward []Nav
	for n := (Nav{}); ; {
		forward = append(forward, n)
		next := n.Next(d)
		if next == n {
			break
		}
		n = next
	}
	if want := d.Len() + 3; len(forward) != want {
		t.Fatalf("forward walk has %d positions, want %d", len(forward), want)
	}
	n := forward[len(forward)-1]
	for i := len(forward) - 1; i >= 0; i-- {
		if n != forward[i] {
			t.Fatalf("backward walk at %d: %+v, want %+v", i, n, forward[i])
		}
		n = n.Prev(d)
	}
}

func BenchmarkNext(b *testing.B) {
	d := testDeck()
	var n Nav
	for b.Loop() {
		n = n.Next(d)
		if n.Slide == d.Len()-1 {
			n = Nav{}
		}
	}
}
