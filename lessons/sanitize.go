package lessons

import (
	"strings"
	"unicode/utf8"
)

// Sanitize makes text safe to print to a terminal. It removes C0 control
// characters other than newline and tab (so ESC and carriage return go), DEL
// and C1 control characters, and replaces invalid UTF-8 with U+FFFD, so that
// stray bytes cannot be read as C1 controls. Everything else is kept.
func Sanitize(s string) string {
	if isClean(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if unsafeRune(r) {
			return -1
		}
		return r
	}, s)
}

// isClean reports whether s is valid UTF-8 holding no rune Sanitize removes.
func isClean(s string) bool {
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if unsafeRune(rune(b)) {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unsafeRune(r) {
			return false
		}
		i += size
	}
	return true
}

// unsafeRune reports whether r is a control character a terminal might act on.
func unsafeRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f:
		return true
	}
	return false
}
