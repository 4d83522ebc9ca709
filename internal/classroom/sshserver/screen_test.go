package sshserver

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// screen is a small terminal emulator for tests: it applies the text and
// the cursor and erase sequences Bubble Tea writes, so a test reads what
// a student's terminal would show rather than the raw byte stream (whose
// redraws skip cells that did not change).
type screen struct {
	mu      sync.Mutex
	w, h    int
	cells   [][]rune
	x, y    int
	top     int // scroll region, inclusive
	bot     int
	last    rune
	pending []byte
	bytes   int
}

func newScreen(w, h int) *screen {
	s := &screen{w: w, h: h, bot: h - 1}
	s.cells = make([][]rune, h)
	for i := range s.cells {
		s.cells[i] = blankRow(w)
	}
	return s
}

func blankRow(w int) []rune { return []rune(strings.Repeat(" ", w)) }

// blank fills cells with spaces, in place: a room of screens erases many
// lines a second, and the screens share the process they measure.
func blank(cells []rune) {
	for i := range cells {
		cells[i] = ' '
	}
}

// Write implements io.Writer.
func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bytes += len(p)
	s.pending = append(s.pending, p...)
	n := s.parse(s.pending)
	s.pending = append(s.pending[:0], s.pending[n:]...)
	return len(p), nil
}

// String is the screen's text, trailing spaces trimmed.
func (s *screen) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	lines := make([]string, s.h)
	for i, r := range s.cells {
		lines[i] = strings.TrimRight(string(r), " ")
	}
	return strings.Join(lines, "\n")
}

// parse applies complete sequences in b and returns how many bytes it used.
func (s *screen) parse(b []byte) int {
	i := 0
	for i < len(b) {
		c := b[i]
		switch {
		case c == 0x1b:
			n := s.escape(b[i:])
			if n == 0 {
				return i // incomplete
			}
			i += n
			continue
		case c == '\r':
			s.x = 0
		case c == '\n':
			s.lineFeed()
		case c == '\b':
			s.x = max(0, s.x-1)
		case c == '\t':
			s.x = min(s.w-1, (s.x/8+1)*8)
		case c < 0x20 || c == 0x7f:
		default:
			if !utf8.FullRune(b[i:]) {
				return i
			}
			r, n := utf8.DecodeRune(b[i:])
			s.put(r)
			i += n
			continue
		}
		i++
	}
	return i
}

func (s *screen) lineFeed() {
	if s.y == s.bot {
		s.scrollUp(1)
		return
	}
	s.y = min(s.y+1, s.h-1)
}

// scrollUp moves the scroll region's rows up by n, blank rows entering
// at its bottom.
func (s *screen) scrollUp(n int) {
	region := s.cells[s.top : s.bot+1]
	for range n {
		gone := region[0]
		copy(region, region[1:])
		blank(gone)
		region[len(region)-1] = gone
	}
}

// scrollDown moves the scroll region's rows down by n.
func (s *screen) scrollDown(n int) {
	region := s.cells[s.top : s.bot+1]
	for range n {
		gone := region[len(region)-1]
		copy(region[1:], region[:len(region)-1])
		blank(gone)
		region[0] = gone
	}
}

func (s *screen) put(r rune) {
	wd := 1
	if r >= utf8.RuneSelf {
		wd = max(1, ansi.StringWidth(string(r)))
	}
	if s.x+wd > s.w {
		s.x = 0
		s.lineFeed()
	}
	s.cells[s.y][s.x] = r
	if wd == 2 && s.x+1 < s.w {
		s.cells[s.y][s.x+1] = ' '
	}
	s.x = min(s.x+wd, s.w-1+wd/2)
	if s.x >= s.w {
		s.x = s.w - 1
	}
	s.last = r
}

// escape applies the sequence at the start of b and returns its length,
// or 0 when it is not complete yet.
func (s *screen) escape(b []byte) int {
	if len(b) < 2 {
		return 0
	}
	switch b[1] {
	case '[':
		for j := 2; j < len(b); j++ {
			if b[j] >= 0x40 && b[j] <= 0x7e {
				s.csi(string(b[2:j]), b[j])
				return j + 1
			}
		}
		return 0
	case ']', 'P', '_', '^':
		for j := 2; j < len(b); j++ {
			if b[j] == 0x07 {
				return j + 1
			}
			if b[j] == 0x1b && j+1 < len(b) && b[j+1] == '\\' {
				return j + 2
			}
		}
		return 0
	case '(', ')', '#':
		if len(b) < 3 {
			return 0
		}
		return 3
	case 'M': // reverse index
		if s.y == s.top {
			s.scrollDown(1)
		} else if s.y > 0 {
			s.y--
		}
	}
	return 2
}

func (s *screen) csi(params string, final byte) {
	if strings.HasPrefix(params, "?") || strings.HasPrefix(params, ">") || strings.HasPrefix(params, "<") || strings.HasPrefix(params, "=") {
		return // private modes
	}
	var buf [8]int
	ps := buf[:0]
	for f := range strings.SplitSeq(params, ";") {
		n := 0
		if f = strings.TrimSpace(f); f != "" {
			n, _ = strconv.Atoi(f)
		}
		ps = append(ps, n)
	}
	arg := func(i, def int) int {
		if i < len(ps) && ps[i] > 0 {
			return ps[i]
		}
		return def
	}
	clampX := func(x int) int { return min(max(x, 0), s.w-1) }
	clampY := func(y int) int { return min(max(y, 0), s.h-1) }
	row := s.cells[s.y]
	switch final {
	case 'H', 'f':
		s.y, s.x = clampY(arg(0, 1)-1), clampX(arg(1, 1)-1)
	case 'A':
		s.y = clampY(s.y - arg(0, 1))
	case 'B', 'e':
		s.y = clampY(s.y + arg(0, 1))
	case 'C', 'a':
		s.x = clampX(s.x + arg(0, 1))
	case 'D':
		s.x = clampX(s.x - arg(0, 1))
	case 'E':
		s.y, s.x = clampY(s.y+arg(0, 1)), 0
	case 'F':
		s.y, s.x = clampY(s.y-arg(0, 1)), 0
	case 'G', '`':
		s.x = clampX(arg(0, 1) - 1)
	case 'd':
		s.y = clampY(arg(0, 1) - 1)
	case 'K':
		switch arg(0, 0) {
		case 0:
			blank(row[s.x:])
		case 1:
			blank(row[:s.x+1])
		case 2:
			blank(row)
		}
	case 'J':
		switch arg(0, 0) {
		case 0:
			blank(row[s.x:])
			for y := s.y + 1; y < s.h; y++ {
				blank(s.cells[y])
			}
		case 1:
			for y := 0; y < s.y; y++ {
				blank(s.cells[y])
			}
			blank(row[:s.x+1])
		default:
			for y := range s.cells {
				blank(s.cells[y])
			}
		}
	case 'X':
		n := min(arg(0, 1), s.w-s.x)
		blank(row[s.x : s.x+n])
	case 'b':
		for range arg(0, 1) {
			s.put(s.last)
		}
	case '@':
		n := min(arg(0, 1), s.w-s.x)
		copy(row[s.x+n:], row[s.x:s.w-n])
		copy(row[s.x:s.x+n], blankRow(n))
	case 'P':
		n := min(arg(0, 1), s.w-s.x)
		copy(row[s.x:], row[s.x+n:])
		copy(row[s.w-n:], blankRow(n))
	case 'L':
		for range arg(0, 1) {
			copy(s.cells[s.y+1:], s.cells[s.y:s.h-1])
			s.cells[s.y] = blankRow(s.w)
		}
	case 'M':
		for range arg(0, 1) {
			copy(s.cells[s.y:], s.cells[s.y+1:])
			s.cells[s.h-1] = blankRow(s.w)
		}
	case 'S':
		s.scrollUp(arg(0, 1))
	case 'T':
		s.scrollDown(arg(0, 1))
	case 'r':
		s.top, s.bot = clampY(arg(0, 1)-1), clampY(arg(1, s.h)-1)
		if s.top >= s.bot {
			s.top, s.bot = 0, s.h-1
		}
		s.x, s.y = 0, 0
	}
}
