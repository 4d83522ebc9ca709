package accessible

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"faultline/internal/coursetest"
	"faultline/internal/progress"
	"faultline/internal/quizline/linetest"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/app"
)

// sessionScript is a whole session as a student types it: every
// calculator (with a typo in each), the glossary and a term's section, a
// scenario with a bad and a good setting, lesson 1 with its first check
// answered wrong then right, lesson 1's quiz with its first question's
// hint, a wrong answer then a right one, then quit.
func sessionScript(t *testing.T, course *lessons.Course, bank *quiz.Bank) (script string, check quiz.Card) {
	t.Helper()
	first := course.Lessons[0]
	id := ""
	for _, b := range first.Sections[1].Blocks() {
		if b.Kind == lessons.KindQuiz {
			id = b.Args[0]
		}
	}
	q, ok := bank.ByID(id)
	if !ok {
		t.Fatalf("lesson 1's second section has no check question (%q)", id)
	}
	check, _ = quiz.NewSession([]quiz.Question{q}, quiz.ShownSeed).Current()
	asked, _ := quiz.NewSession(bank.ByLesson(first.ID), 1).Current()
	lines := []string{
		"c",
		"9",                         // not a calculator
		"1", "99.9 x9", "99.95", "", // availability: a typo, then a value
		"2", "5 minutes", "mnth", "month", "q", // budget: a bad period
		"3", "30 days", "4h", "q", // MTBF and MTTR
		"4", "99.9 * (99", "99.9 * (99 | 99)", "q", // a composed system
		"q",
		"g", "mtbf", "1", "zzqx", "", // glossary: a term, its section, no match
		"s", "3", "heartbeat_timeout=99s", "heartbeat_timeout=2s", "r", "q", "", // a scenario
		"1", "", linetest.Wrong(t, check), linetest.Right(check), "q", // lesson 1's check
		"q1", "h", linetest.Wrong(t, asked), linetest.Right(asked), "q", // its quiz: a hint, wrong, right, then left
		"q",
	}
	return strings.Join(lines, "\n") + "\n", check
}

// TestWholeSessionFromStdin drives the accessible course through every
// part from stdin and keeps the transcript as a golden file, to read.
func TestWholeSessionFromStdin(t *testing.T) {
	course, bank := coursetest.Course(t)
	script, check := sessionScript(t, course, bank)
	store := progress.Open(t.TempDir() + "/progress.json")
	var out bytes.Buffer
	if err := run(strings.NewReader(script), &out, app.Options{Course: course, Bank: bank, Store: store}, 1); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	if i := strings.IndexFunc(got, func(r rune) bool { return r == '\x1b' || r == '\x9b' || r == '\r' }); i >= 0 {
		t.Fatalf("escape or control character at %d: %q", i, got[max(0, i-40):min(len(got), i+40)])
	}
	for _, want := range []string{
		`"9" is not a calculator`,
		`invalid availability "x9"`,
		"99.95%, 3.30 nines. Down per day: 43.2 s; week: 5m 2s; month: 21m 36s; quarter: 1h 4m 48s; year: 4h 22m 48s.",
		`invalid period "mnth"`,
		"A downtime budget of 5m per month allows 99.988426%.",
		"give a steady-state availability of 99.44751%.",
		"system 99.89001%, 2.96 nines.",
		"1. MTBF: Mean time between failures",
		`No term matches "zzqx"`,
		"heartbeat_timeout=99s is out of range",
		"» heartbeat timeout: node-2 declares node-1 dead",
		"faultline scenario hot-standby --set heartbeat_timeout=2s --headless",
		"Check your understanding.",
		quiz.TryOnceMore,
		quiz.SecondTryNote,
		quiz.HintedNote,
		"Quiz: " + course.Lessons[0].Title,
		"The quiz ended early",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("transcript lacks %q", want)
		}
	}
	st, _, err := store.Load()
	if err != nil {
		t.Fatal(err)
	}
	if read, _ := st.LessonSummary(course.Lessons[0].ID); read != 2 {
		t.Errorf("lesson 1: %d sections read, want 2", read)
	}
	if read, _ := st.LessonSummary("availability"); read != 0 {
		t.Errorf("looking up a term marked %d sections of its lesson read, want none", read)
	}
	if rec := st.Quiz[check.Question.ID]; rec.Seen != 1 || rec.Correct != 0 {
		t.Errorf("the check's record %+v, want its wrong first try", rec)
	}
	if _, ok := st.QuizScore(course.Lessons[0].ID); ok {
		t.Error("a quiz left after one question recorded a score")
	}
	golden.RequireEqual(t, out.Bytes())
}

// TestEveryPromptEndsCleanlyAtEOF cuts the session's input after each
// line: wherever input ends, the session returns without an error and
// ends the line it was asking on.
func TestEveryPromptEndsCleanlyAtEOF(t *testing.T) {
	course, bank := coursetest.Course(t)
	script, _ := sessionScript(t, course, bank)
	lines := strings.SplitAfter(script, "\n")
	lines = lines[:len(lines)-1] // the last is empty; the whole script ends with q
	for n := range lines {
		in := strings.Join(lines[:n], "")
		var out bytes.Buffer
		if err := run(strings.NewReader(in), &out, app.Options{Course: course, Bank: bank}, 1); err != nil {
			t.Fatalf("input cut after %d lines: %v", n, err)
		}
		if !strings.HasSuffix(out.String(), "\n") {
			t.Errorf("input cut after %d lines: the output does not end its last line: %q", n, tail(out.String()))
		}
	}
}

// tail is the end of s, for messages.
func tail(s string) string { return s[max(0, len(s)-120):] }

// TestHostileInputNeverReachesTheTerminal types escape sequences and
// control characters at every kind of prompt: each is refused or looked
// up with the sequence shown escaped, never written raw.
func TestHostileInputNeverReachesTheTerminal(t *testing.T) {
	course, bank := coursetest.Course(t)
	bad := "\x1b[31mred\x1b]0;title\x07\x9b2J"
	script := strings.Join([]string{
		bad,
		"c", bad, "1", bad, "", "2", bad, "5m", bad, "q", "3", bad, "q", "4", bad, "q", "q",
		"g", bad, "", "s", bad, "1", bad, "boot=" + bad, "q", "",
		"q1", bad, "q",
		"q",
	}, "\n") + "\n"
	var out bytes.Buffer
	if err := run(strings.NewReader(script), &out, app.Options{Course: course, Bank: bank}, 1); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	if i := strings.IndexFunc(got, func(r rune) bool { return r == '\x1b' || r == '\x9b' || r == '\x07' }); i >= 0 {
		t.Fatalf("a control character reached the output at %d: %q", i, got[max(0, i-60):min(len(got), i+60)])
	}
	if n := strings.Count(got, `\x1b[31mred`); n < 8 {
		t.Errorf("the bad input is named, escaped, %d times; want it at each prompt", n)
	}
}

// TestLessonEndOffersTheWaysOn reads lesson 1 missing its first check,
// then at the end finds what the lesson-complete screen shows: the
// checks' standing, the quiz still to take, the missed question to review
// (one try, as review) and the next lesson.
func TestLessonEndOffersTheWaysOn(t *testing.T) {
	course, bank := coursetest.Course(t)
	first := course.Lessons[0]
	var reading []string
	missedOne := false
	var missed quiz.Question
	for _, s := range first.Sections {
		for _, b := range s.Blocks() {
			if b.Kind != lessons.KindQuiz {
				continue
			}
			if missedOne {
				reading = append(reading, "") // skipped
				continue
			}
			q, _ := bank.ByID(b.Args[0])
			missed = q
			c, _ := quiz.NewSession([]quiz.Question{q}, quiz.ShownSeed).Current()
			reading = append(reading, linetest.Wrong(t, c), "") // wrong, then the answer shown
			missedOne = true
		}
		reading = append(reading, "") // on to the next section, or finish
	}
	again, _ := quiz.NewSession([]quiz.Question{missed}, 1).Current() // as the review deals it
	for _, tt := range []struct {
		name, then string
		want       []string
	}{
		{"next lesson", "x\nn\nq\nq\n", []string{`"x" is not an answer here: type y, r, n, or press Enter.`, course.Lessons[1].Title + ", section 1 of"}},
		{"missed", "r\n" + linetest.Wrong(t, again) + "\nq\n", []string{"Missed: " + first.Title, "Why: ", "Score: 0 of 1"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := "1\n" + strings.Join(reading, "\n") + "\n" + tt.then
			var out bytes.Buffer
			if err := run(strings.NewReader(in), &out, app.Options{Course: course, Bank: bank}, 1); err != nil {
				t.Fatal(err)
			}
			got := out.String()
			want := append([]string{
				"You finished " + first.Title + ". What it covered:",
				"- " + first.Sections[0].Title + "\n",
				"Checks: 0 of ",
				"Quiz: not taken yet.",
				"Type y to take its quiz (",
				"r to review the missed ones (1), n to go on to the next lesson, " + course.Lessons[1].Title + "; or Enter or q for the menu: ",
			}, tt.want...)
			for _, w := range want {
				if !strings.Contains(got, w) {
					t.Errorf("output lacks %q:\n%s", w, tail(got))
				}
			}
			if missed := got[strings.Index(got, "You finished"):]; strings.Contains(missed, quiz.TryOnceMore) {
				t.Error("the review of missed questions gave a second try")
			}
		})
	}
}

// TestContinueAndMixedQuiz: n starts the course, then continues at the
// next unread section; m takes the mixed quiz over the whole bank.
func TestContinueAndMixedQuiz(t *testing.T) {
	course, bank := coursetest.Course(t)
	store := progress.Open(t.TempDir() + "/progress.json")
	// Section 1 of lesson 1 has no check: read it, leave, continue.
	in := "n\nq\nn\nq\nm\nq\nq\n"
	var out bytes.Buffer
	if err := run(strings.NewReader(in), &out, app.Options{Course: course, Bank: bank, Store: store}, 1); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	first := course.Lessons[0]
	for _, want := range []string{
		"n to start the course",
		first.Title + ", section 1 of",
		"n to continue (lesson 1, section 2)",
		first.Title + ", section 2 of",
		"Mixed: every question of the course\n" + strconv.Itoa(len(bank.Questions)) + " questions.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, tail(got))
		}
	}
}

// TestQuizResultsOfferRetakeAndPractice: at the end of a lesson's quiz the
// missed questions are listed with their sections; p practises them,
// recording nothing, and t takes the quiz again, dealt afresh.
func TestQuizResultsOfferRetakeAndPractice(t *testing.T) {
	course, bank := coursetest.Course(t)
	first := course.Lessons[0]
	qs := bank.ByLesson(first.ID)
	// Each run is dealt with the next seed: the quiz (1), again (2), the practice (3).
	missOne := func(seed uint64) (string, quiz.Card) {
		c, _ := quiz.NewSession(qs, seed).Current()
		w := linetest.Wrong(t, c)
		return w + "\n" + w + "\n" + strings.Repeat("\n", len(qs)-1), c
	}
	run1, asked := missOne(1)
	run2, asked2 := missOne(2)
	practice, _ := quiz.NewSession([]quiz.Question{asked2.Question}, 3).Current()
	in := "q1\n" + run1 + "x\nt\n" + run2 + "p\n" + linetest.Right(practice) + "\n\nq\n"
	store := progress.Open(t.TempDir() + "/progress.json")
	var out bytes.Buffer
	if err := run(strings.NewReader(in), &out, app.Options{Course: course, Bank: bank, Store: store}, 1); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	l, s, _ := course.Resolve(asked.Question.Section)
	for _, want := range []string{
		"Score: 0 of " + strconv.Itoa(len(qs)),
		"Missed (1), with the section that teaches each:\n1. ",
		"(lesson " + strconv.Itoa(l.Order) + ", " + l.Sections[s].Title + ")",
		"Type t to take it again, p to practise the 1 missed now (nothing is recorded); or Enter or q for the menu: ",
		`"x" is not an answer here: type t or p`,
		"Quiz: " + first.Title + " · missed\n1 question.",
		"Practice: nothing is recorded",
		"Score: 1 of 1",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, tail(got))
		}
	}
	if n := strings.Count(got, "Quiz: "+first.Title+"\n"); n != 2 {
		t.Errorf("the quiz was started %d times, want 2 (taken, then again)", n)
	}
	st, _, err := store.Load()
	if err != nil {
		t.Fatal(err)
	}
	if rec := st.Quiz[asked2.Question.ID]; rec.Correct != 0 {
		t.Errorf("record %+v: the practice's right answer was recorded", rec)
	}
	if sc, ok := st.QuizScore(first.ID); !ok || sc.Last.Correct != 0 || sc.Last.Total != len(qs) {
		t.Errorf("QuizScore = %+v, %v; want the last run to the end, 0 of %d", sc, ok, len(qs))
	}
}
