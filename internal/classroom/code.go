package classroom

import (
	"crypto/rand"
	"crypto/subtle"
	"strings"
)

// CodeAlphabet is the alphabet of join codes: capital letters and digits
// that cannot be mistaken for one another, typed or in the join screen's
// block letters read from the back of a room. 0, O, 1, I and L look alike
// in type; B, F, H, R, 5 and 8 are each a few cells from another character
// in block letters (8 from 6 and 9, H from N and 4, S from 5, P from F and
// R). 25 characters still make 244 million six-character codes.
const CodeAlphabet = "ACDEGJKMNPQSTUVWXYZ234679"

// CodeLen is the length of a join code made by NewJoinCode.
const CodeLen = 6

// NewJoinCode returns a fresh join code: CodeLen characters drawn uniformly
// from CodeAlphabet with crypto/rand.
func NewJoinCode() string {
	// Bytes at or above limit are rejected so every character is equally
	// likely.
	const limit = 256 - 256%len(CodeAlphabet)
	code := make([]byte, 0, CodeLen)
	buf := make([]byte, 2*CodeLen)
	for len(code) < CodeLen {
		// crypto/rand.Read never returns an error: it crashes the
		// program irrecoverably if the system's source fails.
		rand.Read(buf)
		for _, c := range buf {
			if int(c) < limit && len(code) < CodeLen {
				code = append(code, CodeAlphabet[int(c)%len(CodeAlphabet)])
			}
		}
	}
	return string(code)
}

// CheckCode reports whether code is the hub's join code. Case, spaces and
// dashes are ignored; the comparison takes the same time wherever the codes
// differ.
func (h *Hub) CheckCode(code string) bool {
	got := normalizeCode(code)
	return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(h.code)) == 1
}

// JoinCode returns the hub's join code, for the presenter to show.
func (h *Hub) JoinCode() string { return h.code }

// normalizeCode upper-cases code and removes spaces and dashes.
func normalizeCode(code string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', '\t':
			return -1
		}
		if r >= 'a' && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}, code)
}
