package classroom

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"faultline/lessons"
)

// MaxNameLen is the most runes a display name has.
const MaxNameLen = 20

// CleanName makes a display name safe to show on everyone's screen: terminal
// escape sequences are removed whole, then control characters, invalid
// UTF-8 and every other rune that is not printable; runs of white space
// become one space; the result is trimmed and cut to MaxNameLen runes. It may
// return "".
func CleanName(name string) string {
	s := lessons.Sanitize(stripEscapes(name))
	var b strings.Builder
	n := 0
	space := false
	for _, r := range s {
		if n >= MaxNameLen {
			break
		}
		switch {
		case unicode.IsSpace(r):
			space = n > 0
			continue
		case r == utf8.RuneError || !unicode.IsPrint(r):
			continue
		}
		if space {
			if n+1 >= MaxNameLen {
				break
			}
			b.WriteByte(' ')
			n++
			space = false
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// stripEscapes removes terminal escape sequences: CSI (ESC [ or U+009B, up
// to a final byte), OSC, DCS, SOS, PM and APC strings (up to BEL or ST), and
// any other two-character ESC sequence. An unfinished sequence is removed to
// the end.
func stripEscapes(s string) string {
	if !strings.ContainsAny(s, "\x1b\u0090\u0098\u009b\u009d\u009e\u009f") {
		return s
	}
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		kind := rune(0)
		switch {
		case r == 0x1b && i+1 < len(rs):
			i++
			switch rs[i] {
			case '[':
				kind = '['
			case ']', 'P', 'X', '^', '_':
				kind = ']'
			}
		case r == 0x1b:
			continue
		case r == 0x9b:
			kind = '['
		case r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f:
			kind = ']'
		default:
			b.WriteRune(r)
			continue
		}
		switch kind {
		case '[':
			for i+1 < len(rs) && !(rs[i+1] >= 0x40 && rs[i+1] <= 0x7e) {
				i++
			}
			i++
		case ']':
			for i+1 < len(rs) {
				i++
				if rs[i] == 0x07 || rs[i] == 0x9c {
					break
				}
				if rs[i] == 0x1b && i+1 < len(rs) && rs[i+1] == '\\' {
					i++
					break
				}
			}
		}
	}
	return b.String()
}

// uniqueName returns the display name for a student who asked for name
// (already clean) and was the n-th to join, and its key in taken: name
// itself if no connected student has it, compared case-insensitively, else
// name with the first free suffix "-2", "-3" …, cut so that the whole stays
// within MaxNameLen runes. An empty name becomes "student-N".
func uniqueName(name string, n uint64, taken map[string]*Student) (display, key string) {
	if name == "" {
		name = "student-" + strconv.FormatUint(n, 10)
	}
	if key := foldName(name); taken[key] == nil {
		return name, key
	}
	for i := 2; ; i++ {
		suffix := "-" + strconv.Itoa(i)
		base := []rune(name)
		if room := MaxNameLen - len(suffix); len(base) > room {
			base = base[:room]
		}
		display := strings.TrimRight(string(base), " ") + suffix
		if key := foldName(display); taken[key] == nil {
			return display, key
		}
	}
}

// foldName returns a key under which names that differ only in case are
// equal: every rune is replaced by the smallest rune of its case-folding
// orbit (so "K", "k" and the Kelvin sign agree).
func foldName(name string) string {
	return strings.Map(func(r rune) rune {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		return least
	}, name)
}
