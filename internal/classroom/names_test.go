package classroom

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestCleanName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ana", "ana"},
		{"  ana  ", "ana"},
		{"ana\tmaria\n lopez", "ana maria lopez"},
		{"\x1b[31mred\x1b[0m", "red"},
		{"\x1b[1;38;5;196mbold", "bold"},
		{"\x1b]0;new title\x07bo", "bo"},
		{"\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"\x1bPq#0;2;0;0;0\x1b\\sixel", "sixel"},
		{"\x1b7save\x1b8", "save"},
		{"\u009b31mc1\u009b0m", "c1"},
		{"\u009d0;t\u009cosc", "osc"},
		{"unfinished\x1b[31", "unfinished"},
		{"trailing esc\x1b", "trailing esc"},
		{"bell\a\b\rcr", "bellcr"},
		{"del\x7f", "del"},
		{"bad\xffbyte", "badbyte"},
		{"rtl\u202eevil", "rtlevil"},
		{"zero\u200bwidth", "zerowidth"},
		{"nb\u00a0sp", "nb sp"},
		{"José Müller", "José Müller"},
		{"李小龙", "李小龙"},
		{"abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrst"},
		{"abcdefghijklmnopqrs tuv", "abcdefghijklmnopqrs"},
		{"\x1b[2J\x1b[H", ""},
		{"   ", ""},
	}
	for _, tt := range tests {
		if got := CleanName(tt.in); got != tt.want {
			t.Errorf("CleanName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzCleanName checks the promises of CleanName on any input.
func FuzzCleanName(f *testing.F) {
	for _, s := range []string{"ana", "\x1b[31mx", "\u009b1m", " a  b ", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got := CleanName(in)
		if !utf8.ValidString(got) || utf8.RuneCountInString(got) > MaxNameLen {
			t.Fatalf("CleanName(%q) = %q: invalid or too long", in, got)
		}
		if got != strings.TrimSpace(got) || strings.Contains(got, "  ") {
			t.Fatalf("CleanName(%q) = %q: untrimmed space", in, got)
		}
		for _, r := range got {
			if !unicode.IsPrint(r) {
				t.Fatalf("CleanName(%q) = %q: unprintable %U", in, got, r)
			}
		}
		if again := CleanName(got); again != got {
			t.Fatalf("CleanName not idempotent: %q → %q → %q", in, got, again)
		}
	})
}

func TestUniqueName(t *testing.T) {
	long := strings.Repeat("x", MaxNameLen)
	tests := []struct {
		name  string
		taken []string
		n     uint64
		want  string
	}{
		{"ana", nil, 1, "ana"},
		{"ana", []string{"ANA"}, 2, "ana-2"},
		{"ana", []string{"ana", "ana-2", "Ana-3"}, 4, "ana-4"},
		{"", nil, 7, "student-7"},
		{"", []string{"student-7"}, 7, "student-7-2"},
		{long, []string{long}, 2, strings.Repeat("x", MaxNameLen-2) + "-2"},
		{"ab cdefghijklmnopq r", []string{"ab cdefghijklmnopq r"}, 2, "ab cdefghijklmnopq-2"},
		{"Kelvin", []string{"\u212aelvin"}, 2, "Kelvin-2"},
	}
	for _, tt := range tests {
		taken := make(map[string]*Student)
		for _, n := range tt.taken {
			taken[foldName(n)] = &Student{name: n}
		}
		got, key := uniqueName(tt.name, tt.n, taken)
		if got != tt.want {
			t.Errorf("uniqueName(%q, taken %q) = %q, want %q", tt.name, tt.taken, got, tt.want)
		}
		if key != foldName(got) {
			t.Errorf("uniqueName(%q) key %q, want %q", tt.name, key, foldName(got))
		}
		if utf8.RuneCountInString(got) > MaxNameLen {
			t.Errorf("uniqueName(%q) = %q: longer than %d", tt.name, got, MaxNameLen)
		}
	}
}

func TestAnonymousNumber(t *testing.T) {
	for _, tt := range []struct {
		name string
		n    uint64
		ok   bool
	}{
		{"student-1", 1, true},
		{"student-42", 42, true},
		{"student-999999999999", 999999999999, true},
		{"student-7-2", 0, false}, // a second "student-7": the number is 7's, not its own
		{"student-", 0, false},
		{"student-07", 0, false}, // never generated
		{"student-1x", 0, false},
		{"Student-3", 0, false},
		{"student-18446744073709551615", 0, false}, // longer than a name can be
		{"ana", 0, false},
	} {
		if n, ok := AnonymousNumber(tt.name); n != tt.n || ok != tt.ok {
			t.Errorf("AnonymousNumber(%q) = %d, %v; want %d, %v", tt.name, n, ok, tt.n, tt.ok)
		}
	}
}
