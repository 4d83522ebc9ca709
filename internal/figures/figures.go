// Package figures holds the two rules by which faultline writes a figure,
// so that a student reads one the same way on every screen, slide, handout
// and subcommand:
//
//   - a percent sign follows its number with no space: "99.95%", never
//     "99.95 %" (LoosePercent finds the second form, for tests);
//   - a number is never parted from the unit after it when text is
//     wrapped: "down for 10 s" may move to the next line whole, but never
//     as "down for 10" and "s" (Bind, Glued); nor from a name or a number
//     a hyphen joins it to ("node-1", "1-2").
//
// Only what faultline writes follows the first rule: a student who types
// "99.9 %" is still understood (calc.ParseAvailability, the quiz grader).
package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NoBreak is the space Bind puts between a number and its unit: U+00A0,
// the no-break space, which Lip Gloss's and x/ansi's word wrap never break
// at and which Unbind turns back into a plain space.
const NoBreak = '\u00a0'

// units are the words and signs that, after a number and one space, are
// that number's unit: times, sizes, rates, shares and counts of nines.
// A word counts only whole ("3 dimensions" is not "3 d"); a bare "B" is
// left out, for it is more often a choice's letter than bytes.
var units = map[string]bool{
	"ns": true, "µs": true, "us": true, "ms": true, "s": true, "sec": true, "secs": true,
	"second": true, "seconds": true, "min": true, "mins": true, "minute": true, "minutes": true,
	"h": true, "hr": true, "hrs": true, "hour": true, "hours": true,
	"d": true, "day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true, "quarter": true, "quarters": true,
	"y": true, "yr": true, "yrs": true, "year": true, "years": true,
	"%": true, "x": true, "×": true, "nine": true, "nines": true,
	"KB": true, "MB": true, "GB": true, "TB": true,
	"KiB": true, "MiB": true, "GiB": true, "TiB": true,
	"req/s": true, "rps": true, "ms/req": true,
}

// Glued reports whether a line may not break at the space between before
// and after: before ends in a number ("10", "99.95", "1,000", "(2") and
// after starts with a unit standing as a word of its own ("s", "ms,",
// "nines.", "%)").
// Styling around either (an SGR escape sequence, as Lip Gloss writes) is
// looked through.
func Glued(before, after string) bool {
	before, after = trimSGR(before, false), trimSGR(after, true)
	if endsInNumber(before) && startsWithUnit(after) {
		return true
	}
	// The parts of a compound duration, "2h 9m 36s", "1d 0h 16m".
	return durationPart(lastWord(before)) && durationPart(firstWord(after))
}

// durationPart reports whether w is one part of a compound duration as
// calc writes it: a number and a unit letter with no space, "9m", "0.5s".
func durationPart(w string) bool {
	i := 0
	for i < len(w) && (isDigit(w[i]) || w[i] == '.' && i > 0) {
		i++
	}
	if i == 0 || !isDigit(w[i-1]) {
		return false
	}
	switch w[i:] {
	case "ns", "µs", "us", "ms", "s", "m", "h", "d", "w", "y":
		return true
	}
	return false
}

// lastWord is the word at the end of s, without an opening bracket.
func lastWord(s string) string {
	w := s[strings.LastIndexFunc(s, unicode.IsSpace)+1:]
	return strings.TrimLeft(w, "([{\"'“‘")
}

// firstWord is the word at the start of s, without closing punctuation.
func firstWord(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\x1b' }); i >= 0 {
		s = s[:i]
	}
	for {
		r, size := utf8.DecodeLastRuneInString(s)
		if size == 0 || !isClosing(r) {
			return s
		}
		s = s[:len(s)-size]
	}
}

// trimSGR removes the SGR escape sequences ("\x1b[1m", "\x1b[0m") at the
// start of s (front) or at its end, and from the word next to them.
func trimSGR(s string, front bool) string {
	for {
		if front {
			if !strings.HasPrefix(s, "\x1b[") {
				return s
			}
			end := strings.IndexFunc(s[2:], func(r rune) bool { return !isSGRParam(r) })
			if end < 0 || s[2+end] != 'm' {
				return s
			}
			s = s[2+end+1:]
			continue
		}
		if !strings.HasSuffix(s, "m") {
			return s
		}
		from := max(0, len(s)-maxSGR) // an SGR sequence is short: look no further back
		i := strings.LastIndex(s[from:], "\x1b[")
		if i < 0 || strings.IndexFunc(s[from+i+2:len(s)-1], func(r rune) bool { return !isSGRParam(r) }) >= 0 {
			return s
		}
		s = s[:from+i]
	}
}

// maxSGR is the longest SGR sequence looked for, a 24-bit foreground and
// background with attributes.
const maxSGR = 64

// isSGRParam reports whether r may stand between "\x1b[" and "m".
func isSGRParam(r rune) bool { return r >= '0' && r <= '9' || r == ';' || r == ':' }

// NoBreakHyphen is the hyphen Bind puts before a number that a hyphen
// joins to a name or to another number ("node-1", "fallacies-3", "1-2"):
// U+2011, which the wrappers never break after, where they break after
// every "-". Unbind turns it back into "-".
const NoBreakHyphen = '\u2011'

// Bind returns s with each single space between a number and the unit
// after it replaced by NoBreak, and each hyphen before a digit by
// NoBreakHyphen, so that a word wrap keeps "10 s" and "node-1" on one
// line. Text without either is returned unchanged.
func Bind(s string) string {
	return bindHyphens(bindUnits(s))
}

// bindHyphens holds the hyphens before a digit.
func bindHyphens(s string) string {
	i := strings.IndexByte(s, '-')
	for i >= 0 && !(i+1 < len(s) && isDigit(s[i+1])) {
		next := strings.IndexByte(s[i+1:], '-')
		if next < 0 {
			return s
		}
		i += 1 + next
	}
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for j := 0; j < len(s); j++ {
		if s[j] == '-' && j+1 < len(s) && isDigit(s[j+1]) {
			b.WriteRune(NoBreakHyphen)
			continue
		}
		b.WriteByte(s[j])
	}
	return b.String()
}

// bindUnits holds the spaces between a number and its unit.
func bindUnits(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := strings.IndexByte(s, ' '); i >= 0; {
		if i > 0 && i+1 < len(s) && s[i+1] != ' ' && Glued(s[:i], s[i+1:]) {
			if b.Len() == 0 {
				b.Grow(len(s) + 8)
			}
			b.WriteString(s[last:i])
			b.WriteRune(NoBreak)
			last = i + 1
		}
		next := strings.IndexByte(s[i+1:], ' ')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// Unbind turns every NoBreak back into a plain space and every
// NoBreakHyphen into "-", so that what was wrapped reads, and pipes, as it
// was written.
func Unbind(s string) string {
	if strings.ContainsRune(s, NoBreak) {
		s = strings.ReplaceAll(s, string(NoBreak), " ")
	}
	if strings.ContainsRune(s, NoBreakHyphen) {
		s = strings.ReplaceAll(s, string(NoBreakHyphen), "-")
	}
	return s
}

// endsInNumber reports whether s ends in a digit that closes a number:
// digits, with "," and "." only between digits, not glued to a letter in
// front ("p99", "node-2", "v1" name things; "1-2" is a range).
func endsInNumber(s string) bool {
	i := len(s)
	if i == 0 || !isDigit(s[i-1]) {
		return false
	}
	for i > 0 {
		c := s[i-1]
		switch {
		case isDigit(c):
			i--
		case (c == '.' || c == ',') && i >= 2 && isDigit(s[i-2]):
			i--
		default:
			head := trimSGR(s[:i], false) // a style opened right before the number
			if head == "" {
				return true
			}
			r, size := utf8.DecodeLastRuneInString(head)
			if r == '-' || r == '_' { // "1-2" is a range, "node-2" a name
				r, _ = utf8.DecodeLastRuneInString(head[:len(head)-size])
			}
			return !unicode.IsLetter(r) && r != '_'
		}
	}
	return true
}

// startsWithUnit reports whether s starts with a unit standing as a word
// of its own: followed by the end of s, a space, or closing punctuation
// ("s," "ms)." "%;").
func startsWithUnit(s string) bool {
	word := s
	if i := strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\x1b' }); i >= 0 {
		word = s[:i]
	}
	for {
		if units[word] {
			return true
		}
		r, size := utf8.DecodeLastRuneInString(word)
		if size == 0 || !isClosing(r) {
			return false
		}
		word = word[:len(word)-size]
	}
}

// isClosing reports whether r closes or separates text after a word:
// "s," "s." "s)" "s:" and the like.
func isClosing(r rune) bool {
	return strings.ContainsRune(",.;:!?)]}'\"”’…", r)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// LoosePercent returns the first place in s where a number is followed by
// a space and a percent sign ("99.9 %"), with the words around it for a
// test's message, or "" when there is none.
func LoosePercent(s string) string {
	for i := 0; ; {
		j := strings.Index(s[i:], "%")
		if j < 0 {
			return ""
		}
		at := i + j
		pre := strings.TrimRight(s[:at], " \u00a0\t\n")
		if len(pre) < at && len(pre) > 0 && isDigit(pre[len(pre)-1]) {
			return context(s, len(pre), at+1)
		}
		i = at + 1
	}
}

// context is s from a little before from to a little after to, on one line.
func context(s string, from, to int) string {
	a, b := max(0, from-30), min(len(s), to+20)
	for a > 0 && !utf8.RuneStart(s[a]) {
		a--
	}
	for b < len(s) && !utf8.RuneStart(s[b]) {
		b++
	}
	return strings.Join(strings.Fields(s[a:b]), " ")
}
