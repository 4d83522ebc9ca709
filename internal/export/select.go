package export

import (
	"fmt"
	"strings"

	"faultline/internal/termtext"
	"faultline/lessons"
)

// Select returns the lessons of c named by ids, in the order given and each
// once (a repeated id keeps its first place: a lesson twice in one handout
// would repeat its text and, in HTML, its anchors), or every lesson in course
// order when ids is empty. An unknown id is an error naming it and listing
// the valid ids.
func Select(c *lessons.Course, ids []string) ([]lessons.Lesson, error) {
	if len(ids) == 0 {
		return c.Lessons, nil
	}
	out := make([]lessons.Lesson, 0, len(ids))
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		l, ok := c.Lesson(id)
		if !ok {
			return nil, fmt.Errorf("unknown lesson %q; valid ids: %s", termtext.Clean(id), strings.Join(c.IDs(), ", "))
		}
		out = append(out, l)
	}
	return out, nil
}
