package content_test

import (
	"strings"
	"testing"

	"faultline/internal/content"
	"faultline/lessons"
	"faultline/quiz"
)

func TestBuiltinPassesTheChecks(t *testing.T) {
	c, b, err := content.Builtin()
	if err != nil {
		t.Fatalf("the built-in course fails its checks:\n%v", err)
	}
	if len(c.Lessons) == 0 || len(b.Questions) == 0 {
		t.Fatalf("%d lessons, %d questions", len(c.Lessons), len(b.Questions))
	}
	kinds := map[string]int{}
	for _, l := range c.Lessons {
		for _, s := range l.Sections {
			for _, blk := range s.Blocks() {
				kinds[blk.Kind]++
			}
		}
	}
	for _, k := range []string{lessons.KindDiagram, lessons.KindNines, lessons.KindCompose, lessons.KindMTBF} {
		if kinds[k] == 0 {
			t.Errorf("the built-in course has no %s block, so the check of it proves nothing", k)
		}
	}
	if ps := content.Check(c.Lessons, b); len(ps) != 0 {
		t.Errorf("Check finds problems in the built-in course: %v", ps)
	}
}

func TestCheckBlock(t *testing.T) {
	bank := quiz.NewBank([]quiz.Question{{ID: "x-1", Lesson: "x"}})
	tests := []struct {
		kind string
		args []string
		ok   bool
		want string
	}{
		{lessons.KindNines, nil, true, ""},
		{lessons.KindNines, []string{"99.95", "4n"}, true, ""},
		{lessons.KindNines, []string{"ninety"}, false, `"ninety"`},
		{lessons.KindCompose, []string{"lb:99.99 * (web:99.9 | web:99.9)"}, true, ""},
		{lessons.KindCompose, []string{"99.9 *"}, false, "compose"},
		{lessons.KindMTBF, []string{"30d", "4h"}, true, ""},
		{lessons.KindMTBF, []string{"30d"}, false, "two durations"},
		{lessons.KindMTBF, []string{"30d", "-4h"}, false, `"-4h"`},
		{lessons.KindScenario, []string{"hot-standby"}, true, ""},
		{lessons.KindScenario, []string{"tepid"}, false, "cold-standby"},
		{lessons.KindQuiz, []string{"x-1"}, true, ""},
		{lessons.KindQuiz, []string{"x-2"}, false, `"x-2"`},
		{lessons.KindDiagram, []string{"fault-chain"}, true, ""},
		{lessons.KindDiagram, []string{"venn"}, false, "fault-chain"},
		{"slideshow", nil, false, `"slideshow"`},
	}
	for _, tt := range tests {
		err := content.CheckBlock(lessons.Block{Kind: tt.kind, Args: tt.args, Line: 3}, bank)
		if (err == nil) != tt.ok {
			t.Errorf("%s %q: error %v, want ok %v", tt.kind, tt.args, err, tt.ok)
			continue
		}
		if err != nil && !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s %q: %q lacks %q", tt.kind, tt.args, err, tt.want)
		}
	}
	if err := content.CheckBlock(lessons.Block{Kind: lessons.KindQuiz, Args: []string{"x-1"}}, nil); err == nil {
		t.Error("a quiz block passes without a bank")
	}
}
