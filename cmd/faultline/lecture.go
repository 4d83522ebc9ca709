package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"faultline/calc"
	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/internal/lecture/link"
	"faultline/internal/statedir"
	"faultline/internal/termtext"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/notes"
	"faultline/tui/presenter"
	"faultline/tui/theme"
)

// lectureOptions are the flags of `faultline lecture`.
type lectureOptions struct {
	duration string
	notes    bool
	resume   bool
	content  contentOptions
	serve    serveOptions
}

// errLectureNeedsTerminal is returned when lecture mode starts without a terminal.
var errLectureNeedsTerminal = badInput("lecture mode needs a terminal on stdin and stdout; " +
	"to print a lesson use `faultline lesson ID`")

func newLectureCmd(e env) *cobra.Command {
	var o lectureOptions
	cmd := &cobra.Command{
		Use:   "lecture [LESSON ...]",
		Short: "Present lessons as full-screen slides, or follow them with speaker notes",
		Long: `lecture presents the chosen lessons (all of them, in course order, when none
are named) as slides on a projector: a title slide per lesson, one slide per
section with large headings, the calculators, scenarios and quiz questions of
the lessons live on their slides, and a footer with the lesson, slide n/m, a
progress bar, the clock and the timer.

Keys: → space l n next; ← h p previous; g/home first; G/end last; 12 enter
goes to slide 12; i (or tab, while no widget is in use) the index of slides;
enter uses the slide's widget, which then gets every key: its keys are listed
under it, ? lists all of them (unless you are typing in it), tab moves to the
next widget and esc gives the keys back; r reveals or hides the slide's
question's answer; b blanks the screen; t pauses the timer; ? help; q asks before quitting; ctrl+c quits at once.

--duration starts a countdown that turns amber when a fifth (or five minutes)
is left, red at two minutes, and shows the overtime.

--content DIR presents an instructor's own deck (the format of
docs/content.md) instead of the built-in course, or after it with
--with-course; problems in a deck are listed as FILE:LINE: problem.

--serve also lets students follow on their own terminals over SSH: the row
above the footer shows the command they run (ssh -p PORT HOST), the join code
they type as the password, the host key's fingerprint, how many follow and, on
a quiz slide, how many answered. Students see the current slide at their own
size and colours and answer every kind of question with the self-study
quiz's keys, enter sending (and re-sending a changed answer until the
question closes), tab moving to the next question on a slide with several;
the presenter's r reveals the answer and the distribution to everyone, c
closes a question to answers or reopens it, and x forgets its answers (after
asking how many would be lost; y resets, any other key keeps them), each
acting on the question the slide marks (the first, or the one last used with
enter and tab). j puts up a join screen, w the roster (every student's name
and who has answered, never what), and e saves every answer so far to the
state directory as JSON and CSV, as the end of the lecture does: see
faultline lecture results. The server listens on 127.0.0.1:2222 unless
--listen names another address (0.0.0.0:2222 for the whole network);
--authorized-keys FILE requires a key from that authorized_keys file instead
of the join code, and knows a student who gives no name by their key when
they come back, after --resume too. It runs no shell or commands
and allows no forwarding or file transfer; --max-students caps the sessions
(default 200), connections per address are rate limited, and --idle-timeout
and --max-timeout end quiet and overlong connections. The host key is kept in
faultline's state directory and reused, so students' ssh recognises it.

--resume carries on the last lecture of the same lessons after a crash: its
slide, timer and, with --serve, join code and answers. Started without it
within three hours of that lecture, faultline asks first (y carries it on, n
starts anew).

--notes, in a second terminal, follows the presenting terminal over a local
socket and shows the current slide's speaker notes, the next slide's title
and the timer; it waits for the presenter and survives it restarting.`,
		Example: `  faultline lecture
  faultline lecture fallacies availability --duration 45m
  faultline lecture --content ./my-deck --with-course
  faultline lecture --notes
  faultline lecture --serve --listen 0.0.0.0:2222`,
		ValidArgsFunction: func(_ *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
			c, err := loadCourse()
			if err != nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return c.IDs(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(_ *cobra.Command, args []string) error {
			return o.run(e, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.duration, "duration", "", "length of the lecture for a countdown, e.g. 50m or 1h30m")
	f.BoolVar(&o.notes, "notes", false, "show the speaker notes of the lecture presented in another terminal")
	f.BoolVar(&o.resume, "resume", false, "carry on the last lecture of these lessons: its slide, its timer and, with --serve, its join code and students' answers")
	o.content.register(cmd)
	o.serve.register(cmd)
	cmd.AddCommand(newLectureResultsCmd(e))
	return cmd
}

// lecturePlan is what a checked command line asks for.
type lecturePlan struct {
	course   *lessons.Course
	bank     *quiz.Bank
	deck     *lecture.Deck
	duration time.Duration
	serve    servePlan
	resume   *lecture.Resume // what --resume carries on
}

// plan checks the arguments and flags and builds the deck, without
// touching the terminal.
func (o lectureOptions) plan(e env, args []string) (lecturePlan, error) {
	var p lecturePlan
	if o.duration != "" {
		d, err := calc.ParseDuration(o.duration)
		if err != nil {
			return p, forFlag("duration", err)
		}
		if d <= 0 {
			return p, badInput("invalid --duration %s (accepted: a positive duration such as 50m)", termtext.Quote(o.duration))
		}
		p.duration = d
	}
	sp, err := o.serve.plan(o.notes)
	if err != nil {
		return p, err
	}
	p.serve = sp
	if o.notes {
		if len(args) > 0 || o.duration != "" || o.content.dir != "" || o.content.withCourse || o.resume {
			return p, badInput("--notes follows the presenter's lessons and timer; it takes no lessons, --duration, --content or --resume")
		}
		return p, nil
	}
	c, bank, err := o.content.load(e)
	if err != nil {
		return p, err
	}
	d, err := lecture.NewDeck(c, args)
	if err != nil {
		return p, usageError{errors.New(strings.TrimPrefix(err.Error(), "lecture: "))}
	}
	p.course, p.bank, p.deck = c, bank, d
	if o.resume {
		r, err := loadResume(d)
		if err != nil {
			return p, err
		}
		p.resume = &r
	}
	return p, nil
}

// loadResume reads the record --resume carries on, which must be of deck.
func loadResume(d *lecture.Deck) (lecture.Resume, error) {
	path, err := statedir.Path(lecture.ResumeFile)
	if err != nil {
		return lecture.Resume{}, fmt.Errorf("cannot place the lecture's resume record: %w", err)
	}
	r, err := lecture.LoadResume(path)
	if errors.Is(err, fs.ErrNotExist) {
		return r, badInput("--resume: no lecture to resume yet (one is recorded as soon as you present)")
	}
	if err != nil {
		// Set aside, so that the next lecture does not write over it.
		if aside, merr := statedir.MoveAside(path, "unusable", time.Now()); merr == nil {
			return r, badInput("--resume: %s; it is kept as %s. Start without --resume for a new lecture", termtext.Neutralize(err.Error()), quoted(aside))
		}
		return r, badInput("--resume: %s", termtext.Neutralize(err.Error()))
	}
	if r.Deck != d.ID() {
		return r, badInput("--resume: the last lecture was of other lessons; give the same lessons as then")
	}
	return r, nil
}

// resumeSaver returns the Publish hook that records where the lecture
// stands for --resume, with the join code, the results files' stem and
// the names of students known by their key (anonymous, nil without a
// classroom): on every move, pause or resume, every few seconds of the
// timer, and when a student who gave no name is first known by their
// key. A record that cannot be written costs only the resume.
func resumeSaver(joinCode func() string, results string, anonymous func() map[string]string) func(lecture.State) {
	path, err := statedir.Path(lecture.ResumeFile)
	if err != nil {
		return func(lecture.State) {}
	}
	var last lecture.Resume
	return func(st lecture.State) {
		r := lecture.ResumeFrom(st, joinCode())
		r.Results = results
		if anonymous != nil {
			r.Anonymous = anonymous()
		}
		if r.Deck == last.Deck && r.Nav() == last.Nav() && r.Paused == last.Paused && r.Results == last.Results &&
			r.JoinCode == last.JoinCode && maps.Equal(r.Anonymous, last.Anonymous) && r.Elapsed-last.Elapsed < 5*time.Second {
			return
		}
		if lecture.SaveResume(path, r) == nil {
			last = r
		}
	}
}

func (o lectureOptions) run(e env, args []string) error {
	p, err := o.plan(e, args)
	if err != nil {
		return err
	}
	if !e.isTerminal {
		return errLectureNeedsTerminal
	}
	if !o.notes && p.resume == nil {
		p.resume = offerResume(e, p.deck, time.Now())
	}
	path, err := link.DefaultSocketPath()
	if err != nil {
		return fmt.Errorf("cannot place the lecture socket: %w", err)
	}
	term := common.Terminal{NoColor: e.noColor()}
	ctx := &common.Context{Styles: theme.New(true)}
	if o.notes {
		follow, cancel := context.WithCancel(context.Background())
		defer cancel()
		return common.Run(notes.New(ctx, link.Follow(follow, path), nil), term)
	}
	srv, err := link.Listen(path)
	if errors.Is(err, link.ErrPresenting) {
		return badInput("another faultline lecture is already presenting (socket %s); quit it first, or follow it with `faultline lecture --notes`", path)
	}
	if err != nil {
		return fmt.Errorf("cannot open the lecture socket for notes: %w", err)
	}
	defer func() { _ = srv.Close() }()
	ctx.Course = p.course
	opt := presenter.Options{Deck: p.deck, Bank: p.bank, Duration: p.duration, Resume: p.resume}
	joinCode := func() string { return "" }
	var anonymous func() map[string]string
	var keeper *classroom.ResultsKeeper
	results := ""
	var said []string // what the instructor is told on quitting
	if p.serve.on {
		cfg := classroom.Config{}
		if p.resume != nil {
			cfg.JoinCode, cfg.Known = p.resume.JoinCode, p.resume.Anonymous
		}
		file, notice := openResults(p.deck, p.resume)
		said = appendNotice(said, notice)
		cfg.NumberedBefore = classroom.HighestAnonymous(file.Base.Answers)
		answers, notice, keepAside := loadAnswers(file, p.resume)
		said = appendNotice(said, notice)
		if p.bank != nil {
			cfg.Answers, cfg.Bank = answers, p.bank.ByID
		}
		class, stop, err := p.serve.start(p.deck, cfg)
		if err != nil {
			return err
		}
		defer stop()
		opt.Classroom = class
		joinCode, anonymous = class.Hub.JoinCode, class.Hub.Known
		keeper = classroom.NewResultsKeeper(class.Hub, file, nil)
		if keepAside != nil {
			keeper.LeaveAnswersFile()
		}
		class.SaveResults = keeper.Save
		results = keeper.File().Stem
		opt.Notice = resumedNotice(class.Hub.Restored(), len(said) > 0)
		autosave, cancel := context.WithCancel(context.Background())
		defer cancel() // before stop: the last save is made below
		go keeper.Run(autosave, resultsAutosave, nil)
	}
	save := resumeSaver(joinCode, results, anonymous)
	opt.Publish = func(st lecture.State) { srv.Publish(st); save(st) }
	m := presenter.New(ctx, opt)
	err = common.Run(m, term)
	for _, n := range said {
		fmt.Fprintf(e.stderr, "faultline: %s\n", n)
	}
	if keeper != nil {
		final, serr := keeper.Final()
		switch {
		case serr != nil:
			fmt.Fprintf(e.stderr, "faultline: the lecture's results were not saved: %s\n", termtext.Neutralize(serr.Error()))
		case final != "":
			fmt.Fprintf(e.stdout, "Results: %s in %s (faultline lecture results prints them)\n", final, termtext.Neutralize(keeper.File().Dir))
		}
	}
	return err
}

// appendNotice is said with notice added, if there is one.
func appendNotice(said []string, notice string) []string {
	if notice == "" {
		return said
	}
	return append(said, notice)
}

// resumedNotice is what the presenter's footer says first of the answers
// a resumed lecture took back, "" when it took back none and has nothing
// to say; more tells that there is more on quitting.
func resumedNotice(r classroom.Restored, more bool) string {
	var parts []string
	if r.Answers > 0 {
		parts = append(parts, fmt.Sprintf("%d earlier answer%s back", r.Answers, plural(r.Answers)))
	}
	if r.Skipped > 0 {
		parts = append(parts, fmt.Sprintf("%d of changed questions kept in the results only", r.Skipped))
	}
	if more {
		parts = append(parts, "a file was set aside: see the message on quitting")
	}
	return strings.Join(parts, " · ")
}

// resultsAutosave is how often a served lecture writes its results when
// answers changed, so a crash loses at most that much. A save of 200
// students' answers to 20 questions takes about 5 ms
// (BenchmarkSnapshot200x20), so even while a room answers it costs little.
const resultsAutosave = 2 * time.Second

// openResults is where the answers of a lecture of deck are kept: in the
// files --resume names when they are of this deck, else in new files in
// the state directory. Files that cannot be read (damaged) are left as
// they are, never written over, and new ones started; notice says so.
func openResults(deck *lecture.Deck, resume *lecture.Resume) (f lecture.ResultsFile, notice string) {
	dir, err := statedir.Dir()
	if err != nil {
		dir = "."
	}
	stem := ""
	if resume != nil {
		stem = resume.Results
	}
	var lessons []string
	for _, l := range deck.Lessons {
		lessons = append(lessons, l.ID)
	}
	now := time.Now()
	f, err = lecture.OpenResults(dir, stem, deck.ID(), lessons, now)
	if err != nil {
		f, _ = lecture.OpenResults(dir, "", deck.ID(), lessons, now)
		notice = fmt.Sprintf("the earlier results %s cannot be read (%s); they are left as they are, and this lecture's answers go to %s",
			quoted(lecture.ResultsFile{Dir: dir, Stem: stem}.JSONPath()), termtext.Neutralize(err.Error()), quoted(f.JSONPath()))
	}
	return f, notice
}

// loadAnswers is what the hub held before the restart, kept beside the
// results files --resume names (see classroom.LoadAnswers), with what to
// tell the instructor of a file that could not be used; err is set when
// that file could not be moved aside either, so must not be written over.
func loadAnswers(file lecture.ResultsFile, resume *lecture.Resume) (classroom.Snapshot, string, error) {
	if resume == nil || resume.Results == "" || resume.Results != file.Stem {
		// A new lecture, or its earlier results could not be read: the
		// earlier answers file, if any, stays as it is.
		return classroom.Snapshot{}, "", nil
	}
	return classroom.LoadAnswers(file.AnswersPath(), file.Stem, file.Base, time.Now())
}

// quoted is path quoted whole, escape sequences neutralised.
func quoted(path string) string { return `"` + termtext.Neutralize(path) + `"` }
