// Package quizscreen holds faultline's quiz screens: the picker (a quiz per
// lesson, a mixed quiz, or the questions due for review), the question
// screen with immediate feedback, and the final score with a review of
// mistakes that opens the lesson section behind each one.
//
// The screens only draw and route keys: grading, shuffling and review
// scheduling come from the pure faultline/quiz package, and every answer
// is saved to the progress store in a command.
package quizscreen

import (
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"faultline/internal/progress"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/components/answerpad"
)

// Options are what every quiz screen needs besides the context.
type Options struct {
	// Seed fixes the order of questions and choices.
	Seed uint64
	// Now is the clock used to schedule review; nil means time.Now.
	Now func() time.Time
	// Lesson is the id of the lesson whose quiz this is: once every
	// question is answered, the score is saved as that quiz's attempt.
	// Empty for review, the mixed quiz and a lesson's embedded checks,
	// whose answers count for review only.
	Lesson string
	// SecondTry lets the student try a wrong answer once more before it
	// is explained; only the first try counts for the score and review.
	// On in self-study quizzes, off in review.
	SecondTry bool
	// Practice saves nothing: no score and no review record, for going
	// over the questions just missed.
	Practice bool
}

func (o Options) now() time.Time {
	if o.Now == nil {
		return time.Now()
	}
	return o.Now()
}

// phase is where the question screen is.
type phase int

const (
	asking   phase = iota // a question is waiting for an answer
	feedback              // the answer is graded and explained
	finished              // the score and the mistakes
)

// Model is the question screen: one session from first question to score.
type Model struct {
	ctx           *common.Context
	keys          KeyMap
	opt           Options
	title         string
	questions     []quiz.Question // as given, for a retake
	session       *quiz.Session
	secondTry     bool // the feedback shown is a second try's
	phase         phase
	ans           *answerpad.Pad
	hint          string // says how to answer, or what was wrong with the try
	showHint      bool   // the question's own hint is shown
	result        quiz.Result
	mistakes      []quiz.Mistake
	cursor        int
	scroll        int  // first line shown of a feedback too tall for the screen
	leaving       bool // asking whether to leave before the end
	width, height int
}

// New returns the question screen for a quiz titled title over questions,
// shuffled with opt.Seed.
func New(ctx *common.Context, title string, questions []quiz.Question, opt Options) *Model {
	m := &Model{ctx: ctx, keys: DefaultKeyMap(), opt: opt, title: title, questions: questions}
	m.begin()
	return m
}

// begin starts the quiz from its first question.
func (m *Model) begin() {
	m.session = quiz.NewSession(m.questions, m.opt.Seed)
	m.session.AllowSecondTry(m.opt.SecondTry)
	m.startCard()
}

// startCard prepares the answer to the current card, or the score at the end.
func (m *Model) startCard() {
	m.hint, m.scroll, m.secondTry, m.showHint = "", 0, false, false
	card, ok := m.session.Current()
	if !ok {
		m.phase, m.ans = finished, nil
		m.mistakes = m.session.Mistakes()
		m.cursor = 0
		return
	}
	m.phase, m.ans = asking, answerpad.New(card)
	m.ans.SetWidth(m.width - 12)
}

// Init implements common.Screen.
func (m *Model) Init() tea.Cmd { return nil }

// Title implements common.Screen.
func (m *Model) Title() string { return m.title }

// SetSize implements common.Screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	if m.ans != nil {
		m.ans.SetWidth(w - 12)
	}
}

// Capturing implements common.Capturing: a numeric answer's field takes
// every key, so q and ? type.
func (m *Model) Capturing() bool {
	return !m.leaving && m.phase == asking && m.ans.Card().Question.Type == quiz.NumericType
}

// Session returns the session the screen runs.
func (m *Model) Session() *quiz.Session { return m.session }

// Finished reports whether the score is showing.
func (m *Model) Finished() bool { return m.phase == finished }

// Update implements common.Screen.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	kp, isKey := msg.(tea.KeyPressMsg)
	if m.leaving {
		switch {
		case !isKey:
		case key.Matches(kp, m.keys.Yes):
			return common.Back
		case key.Matches(kp, m.keys.No):
			m.leaving = false
		}
		return nil
	}
	if isKey && key.Matches(kp, m.keys.Back) {
		if m.unfinished() {
			m.leaving = true
			return nil
		}
		return common.Back
	}
	switch m.phase {
	case asking:
		if isKey && m.hintKey(kp) {
			m.showHint = true
			m.session.UseHint()
			return nil
		}
		submit, cmd := m.ans.Update(msg, m.keys.KeyMap)
		if submit {
			return m.submit()
		}
		if isKey {
			m.hint = ""
		}
		return cmd
	case feedback:
		if !isKey {
			return nil
		}
		switch {
		case key.Matches(kp, m.keys.Up):
			m.scroll = max(0, m.scroll-1)
		case key.Matches(kp, m.keys.Down):
			lines, _ := m.questionLines()
			m.scroll = max(0, min(len(lines)-m.height, m.scroll+1))
		case key.Matches(kp, m.keys.Next):
			m.session.Next()
			m.startCard()
		case key.Matches(kp, m.keys.Section):
			if card, ok := m.session.Current(); ok {
				return m.openSection(card.Question)
			}
		}
	case finished:
		if !isKey {
			return nil
		}
		switch {
		case key.Matches(kp, m.keys.Up):
			m.cursor = max(0, m.cursor-1)
		case key.Matches(kp, m.keys.Down):
			m.cursor = max(0, min(len(m.mistakes)-1, m.cursor+1))
		case key.Matches(kp, m.keys.Open):
			if m.cursor < len(m.mistakes) {
				return m.openSection(m.mistakes[m.cursor].Question)
			}
			return common.Back
		case key.Matches(kp, m.keys.Retake) && m.session.Len() > 0:
			m.opt.Seed++ // the same questions in a new order
			m.begin()
		case key.Matches(kp, m.keys.Missed) && len(m.mistakes) > 0:
			return common.Open(m.practice())
		}
	}
	return nil
}

// hintable reports whether the current question has a hint to show
// that is not shown yet.
func (m *Model) hintable() bool {
	return m.phase == asking && !m.showHint && m.ans.Card().Question.Hint != ""
}

// hintKey reports whether kp asks for the hint now. In a numeric answer's
// field h types, so there it asks only before anything is typed (no answer
// starts with h).
func (m *Model) hintKey(kp tea.KeyPressMsg) bool {
	if !m.hintable() || !key.Matches(kp, m.keys.Hint) {
		return false
	}
	return !m.ans.Typing() || m.ans.Typed() == ""
}

// hintBinding is the hint's key as the help shows it now, disabled when
// there is no hint to show.
func (m *Model) hintBinding() key.Binding {
	b := m.keys.Hint
	if m.ans.Typing() {
		b = common.WithHelp(b, "h", "hint (before typing)")
		b.SetEnabled(m.hintable() && m.ans.Typed() == "")
		return b
	}
	b.SetEnabled(m.hintable())
	return b
}

// submit grades the answer; a graded answer is scheduled and saved.
func (m *Model) submit() tea.Cmd {
	resp, hint := m.ans.Response()
	if hint != "" {
		m.hint = hint
		return nil
	}
	second := m.session.SecondTry()
	res := m.session.Answer(resp)
	if res.Retry {
		m.hint = res.Feedback
	} else {
		m.phase, m.result, m.hint, m.secondTry = feedback, res, "", second
		m.ans.Blur()
	}
	// The first graded try is saved; a second try, an answer too
	// incomplete to grade and a practice run are not.
	firstTry := !second && (!res.Retry || m.session.SecondTry())
	if !firstTry || m.opt.Practice {
		return nil
	}
	first, _ := m.session.Result()
	id, correct, hinted, now := m.ans.Card().Question.ID, first.Correct, m.session.Hinted(), m.opt.now()
	attempt, done := m.session.Attempt(now)
	lesson := m.opt.Lesson
	return m.ctx.SaveProgress(func(st *progress.State) {
		st.SetRecord(id, quiz.ScheduleAnswer(st.Quiz[id], correct, hinted, now))
		if done && lesson != "" {
			st.RecordAttempt(lesson, attempt)
		}
	})
}

// practice returns a quiz of the questions just missed, with their
// choices dealt afresh, that records nothing.
func (m *Model) practice() *Model {
	missed := make(map[string]bool, len(m.mistakes))
	for _, mk := range m.mistakes {
		missed[mk.Question.ID] = true
	}
	var qs []quiz.Question
	for _, q := range m.questions {
		if missed[q.ID] {
			qs = append(qs, q)
		}
	}
	opt := m.opt
	opt.Seed++
	opt.Lesson, opt.Practice = "", true
	return New(m.ctx, m.title+" · missed", qs, opt)
}

// unfinished reports whether leaving now would leave answers without a
// score: some questions answered, some not. Practice saves nothing, so
// leaving it loses nothing and asks nothing.
func (m *Model) unfinished() bool {
	if m.opt.Practice {
		return false
	}
	t := m.session.Score()
	return t.Answered > 0 && t.Answered < t.Total
}

// Leaving reports whether the screen is asking whether to leave the quiz.
func (m *Model) Leaving() bool { return m.leaving }

// openSection opens the reader on the section a question tests.
func (m *Model) openSection(q quiz.Question) tea.Cmd {
	l, i, ok := m.ctx.Course.Resolve(q.Section)
	if !ok {
		return nil
	}
	return common.PeekLesson(l.ID, i)
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	if m.leaving {
		return []key.Binding{common.WithHelp(k.Yes, "y", "leave"), common.WithHelp(k.No, "n/esc", "stay")}
	}
	switch m.phase {
	case feedback:
		return []key.Binding{k.Next, k.Section, k.Back, common.Join("↑/↓", "scroll", k.Up, k.Down)}
	case finished:
		switch {
		case m.session.Len() == 0:
			return []key.Binding{k.Back}
		case len(m.mistakes) == 0:
			return []key.Binding{k.Retake, k.Back}
		}
		return []key.Binding{k.Open, k.Back, k.Missed, k.Retake, k.Up, k.Down}
	}
	// Moving the cursor comes last: a narrow help line drops the last
	// keys first, and how to answer and how to leave matter more.
	answer, move := m.ans.ShortKeys(k.KeyMap)
	return slices.Concat(answer, []key.Binding{m.hintBinding(), k.Back}, move)
}

// FullHelp implements help.KeyMap: every key the screen answers to now.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.keys
	switch {
	case m.leaving:
		return [][]key.Binding{m.ShortHelp()}
	case m.phase == finished && len(m.mistakes) == 0:
		return [][]key.Binding{append(m.ShortHelp(), common.WithHelp(k.Open, "enter", "back"))}
	case m.phase != asking:
		return [][]key.Binding{m.ShortHelp()}
	}
	answer, move := m.ans.FullKeys(k.KeyMap)
	return [][]key.Binding{slices.Concat(answer, []key.Binding{m.hintBinding(), k.Back}, move)}
}
