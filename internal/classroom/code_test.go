package classroom

import (
	"strings"
	"testing"
)

func TestNewJoinCode(t *testing.T) {
	seen := make(map[string]bool)
	used := make(map[rune]int)
	for range 2000 {
		c := NewJoinCode()
		if len(c) != CodeLen {
			t.Fatalf("code %q has length %d, want %d", c, len(c), CodeLen)
		}
		for _, r := range c {
			if !strings.ContainsRune(CodeAlphabet, r) {
				t.Fatalf("code %q has %q outside the alphabet", c, r)
			}
			used[r]++
		}
		seen[c] = true
	}
	if len(seen) < 1990 {
		t.Fatalf("only %d distinct codes in 2000", len(seen))
	}
	// 12000 characters over 31 letters: about 387 each; every letter must
	// appear and none may be far off.
	for _, r := range CodeAlphabet {
		if n := used[r]; n < 250 || n > 550 {
			t.Errorf("%q drawn %d times in 12000, want about 387", r, n)
		}
	}
}

func TestCodeAlphabetIsUnambiguous(t *testing.T) {
	if strings.ContainsAny(CodeAlphabet, "0O1IL") {
		t.Fatalf("alphabet %q has an ambiguous character", CodeAlphabet)
	}
}

func TestCheckCode(t *testing.T) {
	h := NewHub(Config{JoinCode: "abc-def"})
	if h.JoinCode() != "ABCDEF" {
		t.Fatalf("JoinCode() = %q, want ABCDEF", h.JoinCode())
	}
	tests := []struct {
		typed string
		want  bool
	}{
		{"ABCDEF", true},
		{"abcdef", true},
		{"abc-def", true},
		{" ABC DEF ", true},
		{"ABC-DEG", false},
		{"ABCDE", false},
		{"ABCDEFG", false},
		{"", false},
		{"---", false},
	}
	for _, tt := range tests {
		if got := h.CheckCode(tt.typed); got != tt.want {
			t.Errorf("CheckCode(%q) = %v, want %v", tt.typed, got, tt.want)
		}
	}
}

func TestGeneratedJoinCode(t *testing.T) {
	h := NewHub(Config{})
	if len(h.JoinCode()) != CodeLen || !h.CheckCode(strings.ToLower(h.JoinCode())) {
		t.Fatalf("generated code %q not accepted", h.JoinCode())
	}
}
