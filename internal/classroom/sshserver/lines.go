package sshserver

import (
	"bytes"
	"strings"
	"sync"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/memo"
)

// maxSentLines bounds the lines a lineCache keeps; past it the cache
// starts afresh (students' odd sizes cannot grow it without end).
const maxSentLines = 8192

// lineCache converts the lines of students' screens for terminals of one
// colour profile, keeping what it converted: a slide's lines are the same
// for every student at one size, so each is converted once for the room,
// not once per student. It is safe for concurrent use.
type lineCache struct {
	profile colorprofile.Profile
	lines   *memo.Map[lineKey, sentLine]
}

// lineKey is a line of a screen at a window's width.
type lineKey struct {
	line  string
	width int
}

// sentLine is a line as written to a terminal, and its width on screen.
type sentLine struct {
	text  string
	width int
}

// get returns line as sent to a terminal width columns wide: cut to the
// width, its colours downsampled to the profile and reset after it, and
// the unstyled blanks that end it dropped (the row's erase clears them
// the same, in fewer bytes).
func (c *lineCache) get(line string, width int) sentLine {
	return c.lines.Get(lineKey{line, width}, func() sentLine { return c.convert(line, width) })
}

// keepLine is the key a converted line is kept under: the line copied,
// not the whole screen it was cut from.
func keepLine(k lineKey) lineKey {
	k.line = strings.Clone(k.line)
	return k
}

// convert is get without the cache.
func (c *lineCache) convert(line string, width int) sentLine {
	if ansi.StringWidth(line) > width {
		line = ansi.Truncate(line, width, "")
	}
	line = trimBlank(line)
	w := ansi.StringWidth(line)
	if c.profile != colorprofile.TrueColor {
		var b bytes.Buffer
		_, _ = (&colorprofile.Writer{Forward: &b, Profile: c.profile}).Write([]byte(line))
		line = b.String()
	}
	if strings.IndexByte(line, ansi.ESC) >= 0 && !strings.HasSuffix(line, ansi.ResetStyle) {
		line += ansi.ResetStyle
	}
	return sentLine{text: line, width: w}
}

// trimBlank drops the unstyled blanks at the end of line: spaces in a
// line without styles, or after a reset of them.
func trimBlank(line string) string {
	unstyled := func(s string) bool {
		return strings.HasSuffix(s, ansi.ResetStyle) || strings.IndexByte(s, ansi.ESC) < 0
	}
	if t := strings.TrimRight(line, " "); len(t) < len(line) && unstyled(t) {
		line = t
	}
	for {
		// "…\x1b[m   \x1b[m": blanks between two resets.
		u, ok := strings.CutSuffix(line, ansi.ResetStyle)
		if !ok {
			return line
		}
		t := strings.TrimRight(u, " ")
		if len(t) == len(u) || !unstyled(t) {
			return line
		}
		line = t
	}
}

// lineCaches are the line caches of a server, one per colour profile.
type lineCaches struct {
	mu     sync.Mutex
	caches map[colorprofile.Profile]*lineCache
}

// of returns the cache of profile p.
func (l *lineCaches) of(p colorprofile.Profile) *lineCache {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.caches == nil {
		l.caches = map[colorprofile.Profile]*lineCache{}
	}
	c, ok := l.caches[p]
	if !ok {
		c = &lineCache{profile: p, lines: memo.New[lineKey, sentLine](maxSentLines, keepLine)}
		l.caches[p] = c
	}
	return c
}
