package export

import (
	"strconv"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/util"
)

// headingIDs gives headings the ids goldmark's own generator gives ("key
// points" → key-points, then key-points-1, key-points-2 …), but remembers
// the next free number of every id, where goldmark counts up from 1 again
// for each repeat: a handout of ten thousand lessons, each with a "Key
// points" section, took seconds.
type headingIDs struct {
	used map[string]bool
	next map[string]int
}

func newHeadingIDs() parser.IDs {
	return &headingIDs{used: map[string]bool{}, next: map[string]int{}}
}

// Generate implements parser.IDs.
func (s *headingIDs) Generate(value []byte, kind ast.NodeKind) []byte {
	value = util.TrimRightSpace(util.TrimLeftSpace(value))
	var base []byte
	for i := 0; i < len(value); {
		v := value[i]
		l := int(util.UTF8Len(v))
		i += max(l, 1)
		switch {
		case l != 1:
		case util.IsAlphaNumeric(v):
			if 'A' <= v && v <= 'Z' {
				v += 'a' - 'A'
			}
			base = append(base, v)
		case util.IsSpace(v) || v == '-' || v == '_':
			base = append(base, '-')
		}
	}
	if len(base) == 0 {
		base = []byte("id")
		if kind == ast.KindHeading {
			base = []byte("heading")
		}
	}
	id := string(base)
	if !s.used[id] {
		s.used[id] = true
		return base
	}
	for n := max(s.next[id], 1); ; n++ {
		candidate := id + "-" + strconv.Itoa(n)
		if !s.used[candidate] {
			s.used[candidate] = true
			s.next[id] = n + 1
			return []byte(candidate)
		}
	}
}

// Put implements parser.IDs: an id written in the Markdown is taken.
func (s *headingIDs) Put(value []byte) { s.used[string(value)] = true }
