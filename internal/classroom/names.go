package classroom

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"faultline/internal/termtext"
)

// MaxNameLen is the most runes a display name has.
const MaxNameLen = 20

// CleanName makes a display name safe to show on everyone's screen: terminal
// escape sequences are removed whole, then control characters, invalid
// UTF-8 and every other rune that is not printable; runs of white space
// become one space; the result is trimmed and cut to MaxNameLen runes. It may
// return "".
func CleanName(name string) string {
	s := termtext.Clean(name)
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

// anonymousPrefix starts the name of a student who gave none: "student-N".
const anonymousPrefix = "student-"

// AnonymousNumber is N of an anonymous student's name "student-N", and
// whether name is one.
func AnonymousNumber(name string) (uint64, bool) {
	digits, ok := strings.CutPrefix(name, anonymousPrefix)
	if !ok || len(name) > MaxNameLen || digits == "" || digits[0] == '0' {
		return 0, false
	}
	for _, r := range digits {
		if r < '0' || r > '9' {
			return 0, false
		}
	}
	n, err := strconv.ParseUint(digits, 10, 64)
	return n, err == nil
}

// uniqueName returns the display name for a student who asked for name
// (already clean) and was the n-th to join, and its key in taken: name
// itself if no connected student has it, compared case-insensitively, else
// name with the first free suffix "-2", "-3" …, cut so that the whole stays
// within MaxNameLen runes. An empty name becomes "student-N".
func uniqueName(name string, n uint64, taken map[string]*Student) (display, key string) {
	if name == "" {
		name = anonymousPrefix + strconv.FormatUint(n, 10)
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
