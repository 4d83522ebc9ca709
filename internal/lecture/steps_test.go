package lecture

import "testing"

func TestCountItems(t *testing.T) {
	tests := []struct {
		name string
		md   string
		want int
	}{
		{"empty", "", 0},
		{"prose", "Just a paragraph.\nAnother line.\n", 0},
		{"dashes", "- a\n- b\n- c\n", 3},
		{"stars and pluses", "* a\n+ b\n", 2},
		{"numbered", "1. a\n2. b\n10. c\n", 3},
		{"nested not counted", "- a\n  - a1\n  - a2\n- b\n", 2},
		{"continuation not counted", "- a\n  more of a\n\n- b\n", 2},
		{"indented item not top level", "  - a\n", 0},
		{"needs a space", "-a\n*emphasis*\n1.5 litres\n", 0},
		{"bare marker", "-\n", 0},
		{"thematic breaks", "* * *\n- - -\n---\n***\n", 0},
		{"fenced code ignored", "- a\n```\n- not\n1. not\n```\n- b\n", 2},
		{"tilde fence", "~~~\n- not\n~~~\n- b\n", 1},
		{"longer closing fence", "````\n- not\n```\n- still not\n`````\n- b\n", 1},
		{"tilde does not close backticks", "```\n~~~\n- not\n```\n", 0},
		{"live block", "```faultline nines 99.9\n```\n- a\n", 1},
		{"unclosed fence", "- a\n```\n- not\n", 1},
		{"CRLF", "- a\r\n- b\r\n", 2},
		{"no trailing newline", "- a\n- b", 2},
		{"ten digits is not a list", "1234567890. big\n", 0},
		{"mixed with prose", "Intro:\n\n1. one\n2. two\n\nAfter.\n", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CountItems(tt.md); got != tt.want {
				t.Errorf("CountItems(%q) = %d, want %d", tt.md, got, tt.want)
			}
		})
	}
}

func TestRevealed(t *testing.T) {
	const md = "Three:\n\n- one\n  more of one\n- two\n```\n- code\n```\n- three\n\nAfter.\n"
	tests := []struct {
		step int
		want string
	}{
		{-1, md},
		{0, "Three:"},
		{1, "Three:\n\n- one\n  more of one"},
		{2, "Three:\n\n- one\n  more of one\n- two\n```\n- code\n```"},
		{3, md},
		{9, md},
	}
	for _, tt := range tests {
		if got := Revealed(md, tt.step); got != tt.want {
			t.Errorf("Revealed(step %d) = %q, want %q", tt.step, got, tt.want)
		}
	}
	if got := Revealed("- a\r\n- b\r\n", 1); got != "- a" {
		t.Errorf("CRLF: %q", got)
	}
	if got := Revealed("No list.\n", 0); got != "No list.\n" {
		t.Errorf("no list: %q", got)
	}
}

// TestRevealedAgreesWithCountItems: revealing every step of each CountItems
// case shows one more item each time and the whole body at the end.
func TestRevealedAgreesWithCountItems(t *testing.T) {
	for _, md := range []string{"- a\n- b\n", "1. a\n\n   text\n2. b\n", "Intro\n* a\n* * *\n* b\nEnd\n"} {
		n := CountItems(md)
		for step := 0; step <= n; step++ {
			shown := Revealed(md, step)
			if got := CountItems(shown); got != step {
				t.Errorf("%q at step %d shows %d items: %q", md, step, got, shown)
			}
		}
		if Revealed(md, n) != md {
			t.Errorf("%q fully revealed is %q", md, Revealed(md, n))
		}
	}
}
