package accessible

import (
	"fmt"
	"strings"
	"time"

	"faultline/internal/export"
	"faultline/internal/lessonend"
	"faultline/internal/progress"
	"faultline/internal/quizline"
	"faultline/internal/scenario"
	"faultline/internal/termtext"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/components/sectionview"
)

// flow is where reading goes after a section or a block in it.
type flow int

const (
	onward flow = iota // read on
	leave              // back to the menu
	ended              // input ended
)

// listLessons prints every lesson with its length, where the student
// stands in it and its summary.
func (r *session) listLessons() {
	r.println("")
	done, total := r.ctx.Progress.Standing(r.ctx.Course)
	r.println(fmt.Sprintf("Lessons (%d of %d completed):", done, total))
	for i, l := range r.ctx.Course.Lessons {
		read, done := r.ctx.Progress.LessonSummary(l.ID)
		state := fmt.Sprintf("%d of %d sections read", read, len(l.Sections))
		if done {
			state = "completed"
		}
		if sc, ok := r.ctx.Progress.QuizScore(l.ID); ok {
			state += fmt.Sprintf(", quiz best %d of %d", sc.Best.Correct, sc.Best.Total)
		}
		r.println(fmt.Sprintf("%d. %s (%d minutes, %s). %s", i+1, l.Title, l.Minutes, state, l.Summary))
	}
}

// read pages through a lesson from where the student left off; it returns
// false when input ends.
func (r *session) read(l lessons.Lesson) bool {
	return r.readFrom(l, r.ctx.Progress.Resume(l.ID, len(l.Sections)))
}

// readFrom pages through a lesson from section i.
func (r *session) readFrom(l lessons.Lesson, i int) bool {
	if len(l.Sections) == 0 {
		r.println(l.Title + " has no sections.")
		return true
	}
	i = min(max(i, 0), len(l.Sections)-1)
	show := true
	for {
		if show {
			switch r.showSection(l, i, false) {
			case leave:
				return true
			case ended:
				return false
			}
		}
		show = true
		last := i == len(l.Sections)-1
		prompt := "Enter for the next section, p for previous, q for the menu: "
		if last {
			prompt = "Last section. Enter to finish the lesson, p for previous, q for the menu: "
		}
		answer, ok := r.ask(prompt)
		switch {
		case !ok:
			return false
		case answer == "q":
			return true
		case answer == "p" && i == 0:
			r.println("This is the first section; there is none before it.")
			show = false
		case answer == "p":
			i--
		case answer != "":
			r.println(fmt.Sprintf("%s is not an answer here: press Enter, or type p or q.", termtext.Quote(answer)))
			show = false
		case last:
			return r.finish(l)
		default:
			i++
		}
	}
}

// showSection prints section i of l part by part: the text, each check
// asked as it comes, each calculator block said in figures, each scenario
// offered to run. A peek (looking a term up) asks nothing and marks
// nothing read; otherwise the section is marked read once shown whole.
func (r *session) showSection(l lessons.Lesson, i int, peek bool) flow {
	s := l.Sections[i]
	r.println("")
	r.println(fmt.Sprintf("%s, section %d of %d: %s", l.Title, i+1, len(l.Sections), s.Title))
	r.println("")
	if i == 0 && l.Intro != "" {
		r.println(r.text.Markdown(l.Intro, width))
		r.println("")
	}
	for _, p := range s.Parts {
		switch {
		case p.Blank():
			continue
		case p.IsBlock():
			if f := r.block(*p.Block, peek); f != onward {
				return f
			}
		default:
			r.println(r.text.Markdown(p.Source, width))
		}
		r.println("")
	}
	if !peek {
		r.save(l, i)
	}
	return onward
}

// block says a live block in words: a check is asked (shown only, in a
// peek), a calculator gives its figures, a diagram its words, a scenario
// is offered to run.
func (r *session) block(b lessons.Block, peek bool) flow {
	arg := ""
	if len(b.Args) > 0 {
		arg = b.Args[0]
	}
	switch b.Kind {
	case lessons.KindQuiz:
		return r.check(arg, peek)
	case lessons.KindNines:
		r.answer(ninesAnswer(b.Args))
	case lessons.KindCompose:
		r.answer(composeAnswer(arg))
	case lessons.KindMTBF:
		r.answer(mtbfAnswer(b.Args))
	case lessons.KindDiagram:
		if md, ok := export.DiagramMarkdown(arg); ok {
			r.println(r.text.Markdown(md, width))
			return onward
		}
		r.println(r.text.Block(b, width))
	case lessons.KindSimulate:
		r.answer(sectionview.SimulationLines(b))
	case lessons.KindScenario:
		return r.offerScenario(arg, peek)
	default:
		r.println(r.text.Block(b, width))
	}
	return onward
}

// check asks a lesson's check question: self-study, so a wrong answer
// gets one more try; the first try is saved for review. It does not count
// as the lesson's quiz.
func (r *session) check(id string, peek bool) flow {
	var q quiz.Question
	ok := false
	if r.ctx.Bank != nil {
		q, ok = r.ctx.Bank.ByID(id)
	}
	if !ok {
		r.println(fmt.Sprintf("(A check question, %s, that this course does not have.)", termtext.Quote(id)))
		return onward
	}
	opt := quizline.Options{Seed: quiz.ShownSeed, Now: time.Now, Mode: quiz.SelfStudy, Save: r.update}
	s := quizline.NewSession([]quiz.Question{q}, opt)
	if peek {
		card, _ := s.Current()
		r.println("Check question, to answer when you read the lesson:")
		r.lines(quizline.Lines(card))
		return onward
	}
	r.println("Check your understanding.")
	switch quizline.Ask(r.in, r.out, s, opt) {
	case quizline.Left:
		return leave
	case quizline.Ended:
		r.println("")
		return ended
	}
	return onward
}

// offerScenario names a scenario and offers to run it now, narrated.
func (r *session) offerScenario(name string, peek bool) flow {
	spec, ok := scenario.Lookup(name)
	if !ok {
		r.println(fmt.Sprintf("(A scenario, %s, that faultline does not have.)", termtext.Quote(name)))
		return onward
	}
	r.println(fmt.Sprintf("Scenario: %s. %s", spec.Title, spec.Summary))
	if peek {
		return onward
	}
	for {
		answer, ok := r.ask("Type r to run it now and hear what happens, or Enter to read on: ")
		switch {
		case !ok:
			return ended
		case answer == "" || answer == "q":
			return onward
		case answer == "r":
			r.runScenario(spec, spec.Defaults(), nil)
			return onward
		}
		r.println(fmt.Sprintf("%s is not an answer here: type r, or press Enter.", termtext.Quote(answer)))
	}
}

// answer prints a calculator's answer: its lines, or the one line saying
// why there is none.
func (r *session) answer(lines []string, err error) {
	if err != nil {
		r.println(err.Error())
		return
	}
	r.lines(lines)
}

func (r *session) save(l lessons.Lesson, i int) {
	mark := func(s *progress.State) { s.MarkRead(l.ID, l.Sections[i].ID, i, len(l.Sections), time.Now()) }
	if err := r.update(mark); err != nil {
		r.println("Could not save progress: " + err.Error())
	}
}

// finish ends a lesson read to its last section as the lesson-complete
// screen does: what it covered, the checks and the quiz, and the ways on.
// It returns false when input ends.
func (r *session) finish(l lessons.Lesson) bool {
	end := lessonend.Of(r.ctx.Course, r.ctx.Bank, r.ctx.Progress, l)
	r.println("")
	r.println("You finished " + l.Title + ". What it covered:")
	for _, s := range l.Sections {
		if end.Read(s.ID) {
			r.println("- " + s.Title)
		} else {
			r.println("- " + s.Title + " (not read)")
		}
	}
	r.println(end.ChecksLine())
	r.println(end.QuizLine())
	var ways []string
	qs, missed := end.Questions(), end.Missed()
	if len(qs) > 0 {
		ways = append(ways, fmt.Sprintf("y to take its quiz (%s)", lessonend.Plural(len(qs), "question")))
	}
	if len(missed) > 0 {
		ways = append(ways, fmt.Sprintf("r to review the missed ones (%d)", len(missed)))
	}
	next, hasNext := end.Next()
	if hasNext {
		ways = append(ways, "n to go on to the next lesson, "+next.Title)
	}
	if len(ways) == 0 {
		return true
	}
	for {
		answer, ok := r.ask("Type " + strings.Join(ways, ", ") + "; or Enter or q for the menu: ")
		switch {
		case !ok:
			return false
		case isBack(answer):
			return true
		case answer == "y" && len(qs) > 0:
			return r.quiz(l)
		case answer == "r" && len(missed) > 0:
			// Missed questions are a review: one try each.
			return r.runQuiz("Missed: "+l.Title, missed, "", quiz.Review)
		case answer == "n" && hasNext:
			return r.read(next)
		}
		r.println(fmt.Sprintf("%s is not an answer here: type %s, or press Enter.", termtext.Quote(answer), strings.Join(firstWords(ways), ", ")))
	}
}

// firstWords is the first word of each of ways: the keys they name.
func firstWords(ways []string) []string {
	out := make([]string, len(ways))
	for i, w := range ways {
		out[i], _, _ = strings.Cut(w, " ")
	}
	return out
}
