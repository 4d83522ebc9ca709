package sweep

import (
	"fmt"
	"strings"
	"testing"

	"faultline/internal/coursetest"
	"faultline/internal/scenario"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/calculators"
	"faultline/tui/common"
	"faultline/tui/glossary"
	"faultline/tui/lessonlist"
	"faultline/tui/quizscreen"
	"faultline/tui/scenarios"
)

// repeat is n presses of k.
func repeat(k string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = k
	}
	return out
}

// TestSweepCourse draws every screen of the course in every state listed
// at every size and checks each frame (see checkCourse).
func TestSweepCourse(t *testing.T) {
	t.Parallel()
	c, bank := coursetest.Course(t)
	var states []state
	add := func(s state) { states = append(states, s) }

	// Home, with each entry selected.
	for i := range 6 {
		add(state{name: fmt.Sprintf("home/down%d", i), focus: "›", drive: func(c *course) { c.keys(repeat("down", i)...) }})
	}
	// The course map, from home and over a lesson, at its first and last lesson.
	add(state{name: "coursemap", focus: "›", drive: func(c *course) { c.keys("ctrl+g") }})
	add(state{name: "coursemap/end", focus: "›", drive: func(c *course) {
		c.send(common.OpenLessonMsg{Lesson: c.ctx.Course.Lessons[0].ID, Section: 0})
		c.keys("ctrl+g", "end")
	}})
	// The lesson list at its first, middle and last lesson.
	for _, i := range []int{0, len(c.Lessons) / 2, len(c.Lessons) - 1} {
		add(state{name: fmt.Sprintf("lessons/%d", i), focus: "›", drive: func(c *course) {
			c.open(lessonlist.New(c.ctx))
			c.keys(repeat("down", i)...)
		}})
	}
	// The reader on every section of every lesson, at its top and scrolled
	// to its end, and the lesson-complete screen of every lesson.
	for _, l := range c.Lessons {
		for i, s := range l.Sections {
			add(state{name: fmt.Sprintf("reader/%s/%d", l.ID, i), drive: func(c *course) {
				c.send(common.OpenLessonMsg{Lesson: l.ID, Section: i})
			}})
			if len(s.Blocks()) > 0 || i == 0 {
				add(state{name: fmt.Sprintf("reader/%s/%d/end", l.ID, i), drive: func(c *course) {
					c.send(common.OpenLessonMsg{Lesson: l.ID, Section: i})
					c.keys("end")
				}})
			}
		}
		add(state{name: "done/" + l.ID, focus: "›", drive: func(c *course) { c.send(common.LessonDoneMsg{Lesson: l.ID}) }})
	}
	// The glossary, filtered and scrolled.
	add(state{name: "glossary", focus: "›", drive: func(c *course) { c.open(glossary.New(c.ctx)) }})
	add(state{name: "glossary/filter", focus: "›", drive: func(c *course) {
		c.open(glossary.New(c.ctx))
		c.keys("/", "a", "v", "a", "i", "l")
	}})
	add(state{name: "glossary/nomatch", drive: func(c *course) {
		c.open(glossary.New(c.ctx))
		c.keys("/", "z", "q", "x")
	}})
	add(state{name: "glossary/end", focus: "›", drive: func(c *course) {
		c.open(glossary.New(c.ctx))
		c.keys("end")
	}})
	// The calculators: the menu, each with its defaults, the composer with
	// each preset and grown, and every live block of the course opened.
	add(state{name: "calc/menu", focus: "›", drive: func(c *course) { c.open(calculators.New(c.ctx)) }})
	add(state{name: "calc/nines", focus: "›", drive: func(c *course) { c.open(calculators.NewNines(c.ctx, "", "")) }})
	add(state{name: "calc/budget", focus: "›", drive: func(c *course) { c.open(calculators.NewBudget(c.ctx, "", "")) }})
	add(state{name: "calc/mtbf", focus: "›", drive: func(c *course) { c.open(calculators.NewMTBF(c.ctx, "", "")) }})
	add(state{name: "calc/compose", focus: "┏", drive: func(c *course) { c.open(calculators.NewCompose(c.ctx, "")) }})
	for _, p := range calculators.Presets {
		add(state{name: "calc/compose/preset" + p.Key, drive: func(c *course) {
			c.open(calculators.NewCompose(c.ctx, ""))
			c.keys("tab", p.Key)
		}})
		add(state{name: "calc/compose/preset" + p.Key + "/grown", drive: func(c *course) {
			c.open(calculators.NewCompose(c.ctx, ""))
			c.keys("tab", p.Key, "+", "+", "+", "+", "p", "p")
		}})
	}
	seen := map[string]bool{}
	for _, l := range c.Lessons {
		for _, s := range l.Sections {
			for _, b := range s.Blocks() {
				id := b.Kind + " " + strings.Join(b.Args, " ")
				if !common.Interactive(b) || seen[id] || b.Kind == lessons.KindQuiz {
					continue // questions are swept by type below
				}
				seen[id] = true
				add(state{name: "block/" + id, min: blockMin(b), drive: func(c *course) {
					c.send(common.OpenBlockMsg{Block: b})
					c.keys("space") // a scenario starts playing: pause it
				}})
			}
		}
	}
	// Every type of question: asked, answered, and its score.
	add(state{name: "quiz/picker", focus: "›", drive: func(c *course) {
		c.open(quizscreen.NewPicker(c.ctx, bank, quizscreen.Options{Seed: 1, Now: fixedNow}))
	}})
	for _, typ := range quiz.Types {
		q, ok := firstOfType(bank, typ)
		if !ok {
			t.Errorf("the bank has no %s question to sweep", typ)
			continue
		}
		open := func(c *course) {
			c.open(quizscreen.New(c.ctx, "Sweep: "+string(typ), []quiz.Question{q}, quizscreen.Options{Seed: 1, Now: fixedNow, SecondTry: true}))
		}
		answer := answerKeys(q)
		add(state{name: "quiz/" + string(typ), drive: open})
		add(state{name: "quiz/" + string(typ) + "/answered", drive: func(c *course) { open(c); c.keys(answer...) }})
		add(state{name: "quiz/" + string(typ) + "/again", drive: func(c *course) { open(c); c.keys(answer...); c.keys(answer...) }})
		add(state{name: "quiz/" + string(typ) + "/score", drive: func(c *course) {
			open(c)
			c.keys(answer...)
			c.keys(answer...)
			c.keys("enter", "enter")
		}})
	}
	// A lesson's quiz run to its score with every answer the first choice.
	for _, l := range []lessons.Lesson{c.Lessons[0], c.Lessons[len(c.Lessons)-1]} {
		qs := bank.ByLesson(l.ID)
		add(state{name: "quiz/lesson/" + l.ID + "/score", drive: func(c *course) {
			c.open(quizscreen.New(c.ctx, l.Title, qs, quizscreen.Options{Seed: 1, Now: fixedNow, Lesson: l.ID}))
			for range qs {
				c.keys("1", "enter", "enter")
			}
		}})
	}
	// Every scenario: the list, and the player paused at several moments.
	for i := range scenario.Scenarios() {
		add(state{name: fmt.Sprintf("scenarios/list/%d", i), focus: "›", drive: func(c *course) {
			c.open(scenarios.NewList(c.ctx))
			c.keys(repeat("down", i)...)
		}})
	}
	for _, spec := range scenario.Scenarios() {
		play := func(c *course) {
			c.open(scenarios.NewPlayer(c.ctx, spec, spec.Defaults(), 1))
			c.keys("space") // pause
		}
		for _, moment := range []struct {
			name string
			keys []string
		}{
			{"start", nil},
			{"step5", repeat(".", 5)},
			{"step40", repeat(".", 40)},
			{"crash", append(repeat(".", 10), "x")},
			{"crash/step30", append(append(repeat(".", 10), "x"), repeat(".", 30)...)},
			{"cut", append(repeat(".", 10), "c", "w")},
			{"form", []string{"e"}},
			{"summary", []string{"S"}},
		} {
			add(state{name: "scenario/" + spec.Name + "/" + moment.name, min: playerMin, drive: func(c *course) {
				play(c)
				c.keys(moment.keys...)
			}})
		}
	}
	sweepCourse(t, states)
}

// playerMin is the scenario player's smallest window: its 60×14 of room
// and the course's chrome around it.
var playerMin = size{60 + 2*padding, 14 + headerLines + helpLines}

// blockMin is the smallest window of the screen a live block opens.
func blockMin(b lessons.Block) size {
	if b.Kind == lessons.KindScenario {
		return playerMin
	}
	return size{}
}

// firstOfType is the bank's first question of type typ.
func firstOfType(bank *quiz.Bank, typ quiz.Type) (quiz.Question, bool) {
	for _, q := range bank.Questions {
		if q.Type == typ {
			return q, true
		}
	}
	return quiz.Question{}, false
}

// answerKeys answers q, rightly or not, and submits.
func answerKeys(q quiz.Question) []string {
	switch q.Type {
	case quiz.NumericType:
		return []string{"1", "h", "enter"}
	case quiz.Multi:
		return []string{"1", "2", "enter"}
	case quiz.Match:
		return []string{"a", "down", "b", "enter"}
	case quiz.Order:
		return []string{"J", "enter"}
	}
	return []string{"1", "enter"}
}
