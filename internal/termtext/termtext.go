// Package termtext makes text that came from a user or a file safe to show
// on a terminal. Such text may hold escape sequences (a title change, a
// clipboard write, a screen clear), other control characters and bidi
// overrides that reorder what is shown; none of them may reach the terminal.
//
// Clean removes them, for text that is shown as text (deck files, names).
// Quote and Neutralize make them visible instead, for messages that echo
// what the user typed, so that the user sees what was refused.
package termtext

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Clean removes terminal escape sequences whole (CSI, OSC, DCS, APC… with
// their parameters, in their 7-bit and 8-bit forms), then every control
// character other than newline and tab, and the bidi overrides and isolates
// (U+202A–U+202E, U+2066–U+2069). Invalid UTF-8 becomes U+FFFD. Text
// holding none of these is returned unchanged.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	s = ansi.Strip(sevenBit(strings.ToValidUTF8(s, "\uFFFD")))
	return strings.Map(func(r rune) rune {
		if unsafe(r) {
			return -1
		}
		return r
	}, s)
}

// CleanLines is Clean line by line, so that a sequence left open on one
// line cannot swallow the next. It also returns the 1-based numbers of the
// lines it changed, for a FILE:LINE message.
func CleanLines(s string) (string, []int) {
	if isClean(s) {
		return s, nil
	}
	lines := strings.Split(s, "\n")
	var changed []int
	for i, line := range lines {
		if c := Clean(line); c != line {
			lines[i] = c
			changed = append(changed, i+1)
		}
	}
	return strings.Join(lines, "\n"), changed
}

// sevenBit rewrites the 8-bit C1 controls (U+0080–U+009F, as UTF-8) as
// ESC and their 7-bit equivalent, so that ansi.Strip, which reads bytes,
// sees U+009B as the CSI it is and removes its parameters too.
func sevenBit(s string) string {
	if strings.IndexByte(s, 0xc2) < 0 { // every C1 control starts with it
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r >= 0x80 && r <= 0x9f {
			b.WriteByte(0x1b)
			b.WriteByte(byte(r - 0x40))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// unsafe reports whether a terminal might act on r, or show text around it
// in another order than it was written.
func unsafe(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// isClean reports whether s is valid UTF-8 holding no rune Clean removes.
func isClean(s string) bool {
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if unsafe(rune(b)) {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unsafe(r) {
			return false
		}
		i += size
	}
	return true
}

// MaxEcho is the most bytes of a value Quote shows; a longer value is cut,
// and the message says how long it was.
const MaxEcho = 80

// Quote returns s in double quotes with every control character, bidi
// override and invalid byte written as a Go escape (\x1b, \u202e), as a
// message that echoes a value should show it. A value longer than MaxEcho
// bytes is cut at a rune boundary and followed by its length:
// "1of2(1of2(…"… (120000 bytes).
func Quote(s string) string { return QuoteN(s, MaxEcho) }

// QuoteN is Quote showing at most n bytes of s, for a message with less
// room, such as an error under a field.
func QuoteN(s string, n int) string {
	if len(s) <= n {
		return strconv.Quote(s)
	}
	cut := max(0, n)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]) + "… (" + strconv.Itoa(len(s)) + " bytes)"
}

// Neutralize makes a whole message safe to print on one line: every
// control character (newlines too), bidi override and invalid byte is
// written as a Go escape, and the rest is kept as it is. It is the last
// guard before a message reaches stderr; values inside it should already
// have gone through Quote.
func Neutralize(s string) string {
	if isClean(s) && !strings.ContainsAny(s, "\n\t") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x` + strconv.FormatUint(uint64(s[i]), 16))
		case unsafe(r) || r == '\n' || r == '\t':
			q := strconv.QuoteRune(r) // '\x1b', '\u202e', '\n'
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
