package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"
	"github.com/spf13/cobra"

	"faultline/internal/content"
	"faultline/internal/figures"
	"faultline/internal/termtext"
	"faultline/quiz"
	"faultline/tui/accessible"
	"faultline/tui/app"
	"faultline/tui/common"
	"faultline/tui/quizscreen"
	"faultline/tui/theme"
)

// quizOptions are the flags of `faultline quiz`.
type quizOptions struct {
	seed    uint64
	seedSet bool
	review  bool
	list    bool
	// accessible runs the quiz line by line on stdin and stdout.
	accessible bool
	output     string
	content    contentOptions
}

// errQuizNeedsTerminal is returned when a quiz is started without a terminal.
var errQuizNeedsTerminal = usageError{errors.New("a quiz needs a terminal on stdin and stdout; " +
	"to print the question bank use `faultline quiz --list` or `faultline quiz --list -o json`")}

func newQuizCmd(e env) *cobra.Command {
	var o quizOptions
	cmd := &cobra.Command{
		Use:   "quiz [LESSON]",
		Short: "Take a quiz on a lesson, on everything, or on the questions due for review",
		Long: `Take a quiz in the full-screen course: on one lesson, on every lesson mixed
(no LESSON), or on the questions due for review (--review). Each answer is
saved for spaced review: missed questions come back a day later.

--accessible asks line by line on stdin and stdout instead of full screen,
for screen readers and scripts: choices numbered in the order dealt by
--seed, answers typed as numbers, t/f, a value with its unit, an order as
numbers or pairs as "1a 2c"; an empty line skips and q leaves; as on the full
screen, a wrong answer gets one more try before the explanation (not with
--review), and only the first try counts; it ends with "Score: X of Y".

--list prints the question bank instead, as a table or as JSON (-o json) with
each question's answer, explanation and lesson section.`,
		Example: `  faultline quiz fallacies
  faultline quiz --review
  faultline quiz fallacies --seed 42
  faultline quiz fallacies --accessible --seed 1 < answers.txt
  faultline quiz --list -o json`,
		Args: atMostOne("quiz", "lesson id", "run 'faultline lessons' for the ids"),
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			_, bank, err := content.Builtin()
			if err != nil {
				return nil, cobra.ShellCompDirectiveError
			}
			return bank.Lessons(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			o.seedSet = cmd.Flags().Changed("seed")
			lesson := ""
			if len(args) == 1 {
				lesson = args[0]
			}
			return runQuiz(e, o, lesson)
		},
	}
	f := cmd.Flags()
	addSeedFlag(cmd, &o.seed, "seed", 0, "fix the order of questions and choices (default: a new order each time)")
	f.BoolVar(&o.review, "review", false, "ask the questions due for review")
	f.BoolVar(&o.list, "list", false, "print the question bank instead of starting a quiz")
	f.BoolVar(&o.accessible, "accessible", false, "ask line by line on stdin and stdout, for screen readers and scripts (also ACCESSIBLE=1)")
	f.StringVarP(&o.output, "output", "o", "table", "with --list: table or json")
	_ = cmd.RegisterFlagCompletionFunc("output", cobra.FixedCompletions([]string{"table", "json"}, cobra.ShellCompDirectiveNoFileComp))
	o.content.register(cmd)
	return cmd
}

// runQuiz checks the input, then prints the bank or starts the quiz.
func runQuiz(e env, o quizOptions, lesson string) error {
	if o.output != "table" && o.output != "json" {
		return badInput("invalid output %s (accepted: table, json)", termtext.Quote(o.output))
	}
	if o.output == "json" && !o.list {
		return badInput("-o json needs --list; a quiz itself runs in the terminal")
	}
	if o.list && o.review {
		return badInput("--review and --list cannot be combined: --list prints the whole bank, --review asks the due questions in the terminal")
	}
	course, bank, err := o.content.load(e)
	if err != nil {
		return err
	}
	if lesson != "" && len(bank.ByLesson(lesson)) == 0 {
		return badInput("unknown lesson %s; lessons with quizzes: %s", termtext.Quote(lesson), strings.Join(bank.Lessons(), ", "))
	}
	questions := bank.Questions
	if lesson != "" {
		questions = bank.ByLesson(lesson)
	}
	if o.list {
		if o.output == "json" {
			return printQuizJSON(e, questions)
		}
		_, err := fmt.Fprintln(e.colorWriter(), quizTable(questions, theme.New(true)))
		return err
	}
	seed := o.seed
	if !o.seedSet {
		seed = uint64(time.Now().UnixNano())
	}
	if o.accessible || e.getenv("ACCESSIBLE") != "" {
		return accessible.RunQuiz(e.stdin, e.stdout, appOptions(e, course, bank, app.Config{}), lesson, o.review, seed)
	}
	if !e.isTerminal {
		return errQuizNeedsTerminal
	}
	start := func(ctx *common.Context) common.Screen {
		return quizscreen.Start(ctx, bank, lesson, o.review, quizscreen.Options{Seed: seed, Now: time.Now})
	}
	return app.Run(appOptions(e, course, bank, app.Config{Start: start}))
}

// quizJSON is one question as `faultline quiz --list -o json` prints it.
type quizJSON struct {
	ID          string       `json:"id"`
	Lesson      string       `json:"lesson"`
	Type        quiz.Type    `json:"type"`
	Prompt      string       `json:"prompt"`
	Choices     []choiceJSON `json:"choices,omitempty"`
	Answer      any          `json:"answer"`
	Explanation string       `json:"explanation"`
	Section     string       `json:"section"`
}

// choiceJSON is one choice of a single or multi question.
type choiceJSON struct {
	Text    string `json:"text"`
	Correct bool   `json:"correct"`
}

// numericJSON is the computed answer of a numeric question.
type numericJSON struct {
	Value     string `json:"value"`
	Kind      string `json:"kind"`
	Tolerance string `json:"tolerance"`
	Unit      string `json:"unit"`
	Compute   string `json:"compute"`
}

// pairJSON is one pair of a match question.
type pairJSON struct {
	Left  string `json:"left"`
	Right string `json:"right"`
}

// answerJSON is the correct answer of q: the right choice's text (single),
// the right choices' texts (multi), a bool, the computed number, the class
// per dimension, the items in order or the pairs.
func answerJSON(q quiz.Question) any {
	switch q.Type {
	case quiz.Single, quiz.Multi:
		var right []string
		for _, c := range q.Choices {
			if c.Correct {
				right = append(right, c.Text)
			}
		}
		if q.Type == quiz.Single && len(right) == 1 {
			return right[0]
		}
		return right
	case quiz.TrueFalse:
		return q.Answer
	case quiz.NumericType:
		return numericJSON{q.Numeric.ValueText(), string(q.Numeric.Kind), q.Numeric.Tolerance.Text, q.Numeric.Unit, q.Numeric.Compute.String()}
	case quiz.Classify:
		return q.Classes
	case quiz.Order:
		return q.Items
	case quiz.Match:
		pairs := make([]pairJSON, len(q.Pairs))
		for i, p := range q.Pairs {
			pairs[i] = pairJSON{p.Left, p.Right}
		}
		return pairs
	}
	return nil
}

func printQuizJSON(e env, questions []quiz.Question) error {
	out := make([]quizJSON, len(questions))
	for i, q := range questions {
		var choices []choiceJSON
		for _, c := range q.Choices {
			choices = append(choices, choiceJSON{c.Text, c.Correct})
		}
		out[i] = quizJSON{q.ID, q.Lesson, q.Type, q.Prompt, choices, answerJSON(q), q.Explanation, q.Section}
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(e.stdout, string(b))
	return err
}

// quizTableWidth is the width of the `faultline quiz --list` table.
const quizTableWidth = 100

// quizTable lists the questions: id, type, prompt and a short answer.
func quizTable(questions []quiz.Question, st theme.Styles) string {
	rows := make([][]string, len(questions))
	idWidth := len("id")
	for i, q := range questions {
		rows[i] = []string{q.ID, string(q.Type), figures.Bind(q.Prompt), figures.Bind(answerText(q))}
		idWidth = max(idWidth, lipgloss.Width(q.ID))
	}
	const borders, typeWidth, promptWidth = 5, 11, 36
	widths := []int{idWidth + 2, typeWidth, promptWidth}
	widths = append(widths, quizTableWidth-borders-widths[0]-widths[1]-widths[2])
	// Cells hold a number and its unit together (figures.Bind) while the
	// table wraps them, and read with plain spaces after.
	return figures.Unbind(table.New().
		Border(lipgloss.RoundedBorder()).
		BorderStyle(st.Table.Border).
		BorderRow(true).
		Wrap(true).
		Headers("id", "type", "prompt", "answer").
		Rows(rows...).
		StyleFunc(func(row, col int) lipgloss.Style {
			s := st.Table.Cell
			switch {
			case row == table.HeaderRow:
				s = st.Table.Header
			case col == 0:
				s = st.Table.Label
			}
			return s.Width(widths[col])
		}).
		String())
}

// answerText is the correct answer in a few words for the table, from
// quiz.Solve.
func answerText(q quiz.Question) string {
	sol := quiz.Solve(quiz.Card{Question: q})
	switch q.Type {
	case quiz.Single, quiz.Multi:
		return strings.Join(sol.Texts, " · ")
	case quiz.Classify:
		return strings.Join(sol.Texts, ", ")
	case quiz.Order:
		return strings.Join(sol.Texts, " → ")
	case quiz.Match:
		return fmt.Sprintf("%d pairs, see -o json", len(q.Pairs))
	}
	return strings.Join(sol.Keys, ", ")
}
