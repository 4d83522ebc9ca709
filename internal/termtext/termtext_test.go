package termtext

import (
	"strings"
	"testing"
)

// hostile holds the sequences a hostile file or argument might carry.
var hostile = []string{
	"\x1b]0;owned\x07",           // OSC: set the window title
	"\x1b]52;c;ZWNobyBoaQ==\x07", // OSC 52: write the clipboard
	"\x1b[2J",                    // CSI: clear the screen
	"\u009b2J",                   // 8-bit CSI
	"\u009d0;owned\u009c",        // 8-bit OSC, 8-bit ST
	"\x1bP+q\x1b\\",              // DCS
	"\x1b_apc\x1b\\",             // APC
	"\u202eevil\u202c",           // bidi override
	"\u2066iso\u2069",            // bidi isolate
	"\r\b\x07\x7f",               // bare controls
	"\x9b2J",                     // a raw 8-bit byte, not UTF-8
}

// dangerous reports the first byte or rune a terminal might act on.
func dangerous(s string) (string, bool) {
	for _, r := range s {
		if r == 0x1b || r < 0x20 && r != '\n' && r != '\t' || r == 0x7f || r >= 0x80 && r <= 0x9f ||
			r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
			return string(r), true
		}
	}
	return "", false
}

func TestCleanRemovesWholeSequences(t *testing.T) {
	tests := map[string]string{
		"Retries \x1b]52;c;ZWNobyBoaQ==\x07 and \x1b[2J backoff": "Retries  and  backoff",
		"a\u009b31mb":       "ab",
		"plain\ttext\nline": "plain\ttext\nline",
		"évidemment ✓":      "évidemment ✓",
		"x\u202ey":          "xy",
		"bad\xffbyte":       "bad\uFFFDbyte",
		"a\x9bb":            "a\uFFFDb", // a raw C1 byte is invalid UTF-8
		"line\r\nnext":      "line\nnext",
		"a\x00b\x7fc\x08d":  "abcd",
		"a\u00a0b":          "a\u00a0b", // no-break space is text
		"":                  "",
	}
	for in, want := range tests {
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
	for _, h := range hostile {
		if r, bad := dangerous(Clean("a" + h + "b")); bad {
			t.Errorf("Clean(%q) keeps %q", h, r)
		}
	}
}

func TestCleanLinesReportsLines(t *testing.T) {
	got, lines := CleanLines("one\ntwo \x1b]0;x\nthree\nfour\x1b[1m")
	if want := "one\ntwo \nthree\nfour"; got != want {
		t.Errorf("CleanLines text = %q, want %q (an open sequence must not swallow the next line)", got, want)
	}
	if len(lines) != 2 || lines[0] != 2 || lines[1] != 4 {
		t.Errorf("CleanLines lines = %v, want [2 4]", lines)
	}
}

func TestQuoteAndNeutralizeShowWhatWasTyped(t *testing.T) {
	for _, h := range hostile {
		for name, f := range map[string]func(string) string{"Quote": Quote, "Neutralize": Neutralize} {
			if r, bad := dangerous(f("--" + h)); bad {
				t.Errorf("%s(%q) keeps %q", name, h, r)
			}
		}
	}
	if got := Quote("\x1b[2J"); got != `"\x1b[2J"` {
		t.Errorf("Quote = %s", got)
	}
	if got := Neutralize("unknown flag: --\x1b]0;t\x07 \u202e"); got != `unknown flag: --\x1b]0;t\a \u202e` {
		t.Errorf("Neutralize = %s", got)
	}
	long := strings.Repeat("1of2(", 12000)
	q := Quote(long)
	if len(q) > MaxEcho+40 || !strings.HasSuffix(q, "… (60000 bytes)") {
		t.Errorf("Quote of 60000 bytes = %s", q)
	}
	if got := Quote(strings.Repeat("é", 60)); !strings.HasPrefix(got, `"éé`) || strings.Contains(got, `\x`) {
		t.Errorf("Quote cut a rune in half: %s", got)
	}
}
