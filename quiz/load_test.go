package quiz_test

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"faultline/quiz"
)

func TestLoadFixture(t *testing.T) {
	b := load(t, fixture(t))
	if got, want := len(b.Questions), 11; got != want {
		t.Fatalf("%d questions, want %d", got, want)
	}
	if got, want := b.Lessons(), []string{"alpha", "beta"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Lessons() = %q, want %q", got, want)
	}
	if got := len(b.ByLesson("alpha")); got != 10 {
		t.Errorf("ByLesson(alpha) has %d questions, want 10", got)
	}
	if got := b.ByLesson("nope"); got != nil {
		t.Errorf("ByLesson(nope) = %v, want nil", got)
	}
	q, ok := b.ByID("alpha-9")
	if !ok || q.Type != quiz.Order || q.Lesson != "alpha" || q.Section != "alpha#first-part" || q.File != "quizzes/alpha.yaml" {
		t.Errorf("ByID(alpha-9) = %+v, %v", q, ok)
	}
	if _, ok := b.ByID("alpha-99"); ok {
		t.Errorf("ByID(alpha-99) found a question")
	}
	if b.Questions[len(b.Questions)-1].ID != "beta-1" {
		t.Errorf("questions are not in course order: last is %s", b.Questions[len(b.Questions)-1].ID)
	}
}

func TestLoadComputesNumericAnswers(t *testing.T) {
	b := load(t, fixture(t))
	tests := []struct {
		id       string
		kind     quiz.NumericKind
		duration time.Duration
		percent  string
		tol      string
	}{
		{"alpha-4", quiz.Duration, 21*time.Minute + 36*time.Second, "", "2%"},
		{"alpha-5", quiz.Percent, 0, "99.44751%", quiz.DefaultPercentTolerance},
		{"alpha-6", quiz.Percent, 0, "99.7003%", "0.001"},
		{"alpha-7", quiz.Percent, 0, "99.988426%", quiz.DefaultPercentTolerance},
	}
	for _, tt := range tests {
		q, _ := b.ByID(tt.id)
		n := q.Numeric
		if n == nil {
			t.Fatalf("%s: no numeric answer", tt.id)
		}
		if n.Kind != tt.kind || n.Tolerance.Text != tt.tol {
			t.Errorf("%s: kind %s tolerance %q, want %s %q", tt.id, n.Kind, n.Tolerance.Text, tt.kind, tt.tol)
		}
		if tt.kind == quiz.Duration && n.Duration != tt.duration {
			t.Errorf("%s: answer %v, want %v", tt.id, n.Duration, tt.duration)
		}
		if tt.kind == quiz.Percent && n.Availability.String() != tt.percent {
			t.Errorf("%s: answer %s, want %s", tt.id, n.Availability, tt.percent)
		}
	}
}

func TestLoadNoBanks(t *testing.T) {
	fsys := fixture(t)
	for name := range fsys {
		if strings.HasPrefix(name, "quizzes/") {
			delete(fsys, name)
		}
	}
	if b := load(t, fsys); len(b.Questions) != 0 {
		t.Errorf("%d questions from no banks", len(b.Questions))
	}
}

// head is the common part of a question in the validation fixtures.
const head = `
- id: alpha-1
  section: alpha#first-part
  prompt: A prompt.
  explanation: Why.
`

func TestLoadValidation(t *testing.T) {
	tests := []struct {
		name string
		bank string
		want []string
	}{
		{"invalid YAML", "- id: [alpha-1\n", []string{"quizzes/alpha.yaml:1: invalid YAML"}},
		{"not a list", "id: alpha-1\n", []string{"quizzes/alpha.yaml: a bank file must be a non-empty list"}},
		{"missing keys", "- id: alpha-1\n  type: truefalse\n  answer: true\n", []string{
			`:1: question alpha-1 lacks the required key "section"`,
			`:1: question alpha-1 lacks the required key "prompt"`,
			`:1: question alpha-1 lacks the required key "explanation"`}},
		{"id of another lesson", strings.Replace(head, "alpha-1", "beta-7", 1) + "  type: truefalse\n  answer: true\n",
			[]string{`:1: question id "beta-7" must be alpha-N`}},
		{"id without a number", strings.Replace(head, "alpha-1", "alpha-01", 1) + "  type: truefalse\n  answer: true\n",
			[]string{`:1: question id "alpha-01" must be alpha-N`}},
		{"duplicate id", head + "  type: truefalse\n  answer: true\n" + head + "  type: truefalse\n  answer: false\n",
			[]string{`:8: question id "alpha-1" is already used at quizzes/alpha.yaml:1`}},
		{"unknown type", head + "  type: essay\n", []string{`:5: question alpha-1 has unknown type "essay"`}},
		{"section does not resolve", strings.Replace(head, "first-part", "third-part", 1) + "  type: truefalse\n  answer: true\n",
			[]string{`:2: question alpha-1 links to section "alpha#third-part"`}},
		{"unknown key", head + "  type: truefalse\n  answer: true\n  clue: no\n", []string{`:7: unknown question key "clue"`}},
		{"key of another type", head + "  type: truefalse\n  answer: true\n  items: [a, b, c]\n", []string{`:7: a truefalse question does not take "items"`}},
		{"empty explanation", strings.Replace(head, "Why.", `""`, 1) + "  type: truefalse\n  answer: true\n", []string{`:4: explanation must be non-empty text`}},
		{"answer not a bool", head + "  type: truefalse\n  answer: yes please\n", []string{`:6: answer must be true or false`}},
		{"answer missing", head + "  type: truefalse\n", []string{`:1: a truefalse question needs "answer"`}},
		{"single with two correct", head + "  type: single\n  choices:\n    - {text: a, correct: true}\n    - {text: b, correct: true}\n",
			[]string{`:6: single question alpha-1 has 2 correct choices; want exactly 1`}},
		{"single with none correct", head + "  type: single\n  choices:\n    - {text: a}\n    - {text: b}\n",
			[]string{`:6: single question alpha-1 has 0 correct choices`}},
		{"multi none correct", head + "  type: multi\n  choices:\n    - {text: a}\n    - {text: b}\n",
			[]string{`:6: multi question alpha-1 has no correct choice; want 1 to all of them`}},
		{"one choice", head + "  type: single\n  choices:\n    - {text: a, correct: true}\n", []string{`:6: question alpha-1 has 1 choices; want 2 to 6`}},
		{"seven choices", head + "  type: multi\n  choices: [{text: a, correct: true}, {text: b}, {text: c}, {text: d}, {text: e}, {text: f}, {text: g}]\n",
			[]string{`:6: question alpha-1 has 7 choices; want 2 to 6`}},
		{"duplicate choice", head + "  type: single\n  choices: [{text: a, correct: true}, {text: a}]\n", []string{`lists the choice "a" twice`}},
		{"choice without text", head + "  type: single\n  choices: [{correct: true}, {text: a}]\n", []string{`:6: a choice needs non-empty text`}},
		{"choice correct not bool", head + "  type: single\n  choices: [{text: b, correct: maybe}, {text: a}]\n", []string{`:6: correct must be true or false`}},
		{"answer tagged bool but yes", head + "  type: truefalse\n  answer: !!bool yes\n", []string{`:6: answer must be true or false, not "yes"`}},
		{"choice correct tagged bool but on", head + "  type: single\n  choices: [{text: b, correct: !!bool on}, {text: a}]\n", []string{`:6: correct must be true or false, not "on"`}},
		{"classify missing and bad", head + "  type: classify\n  classes: {phase: operational, boundary: outside, cause: natural, intent: non-malicious, capability: accidental, colour: red}\n", []string{
			`:6: classify question alpha-1 lacks the dimension "persistence"`,
			`:6: classify question alpha-1 puts boundary in "outside"; want internal or external`,
			`:6: classify question alpha-1 has unknown dimension "colour"`}},
		{"order too short", head + "  type: order\n  items: [a, b]\n", []string{`:6: order question alpha-1 has 2 items; want 3 to 6`}},
		{"order duplicate", head + "  type: order\n  items: [a, b, a]\n", []string{`lists the item "a" twice`}},
		{"order not a list", head + "  type: order\n  items: a\n", []string{`:6: items must be a list of non-empty texts`}},
		{"match too long", head + "  type: match\n  pairs: [{left: a, right: 1}, {left: b, right: 2}, {left: c, right: 3}, {left: d, right: 4}, {left: e, right: 5}, {left: f, right: 6}, {left: g, right: 7}]\n",
			[]string{`:6: match question alpha-1 has 7 pairs; want 3 to 6`}},
		{"match duplicate sides", head + "  type: match\n  pairs: [{left: a, right: 1}, {left: a, right: 2}, {left: c, right: 2}]\n", []string{
			`has the left side "a" twice`, `has the right side "2" twice`}},
		{"match half a pair", head + "  type: match\n  pairs: [{left: a}, {left: b, right: 2}, {left: c, right: 3}]\n", []string{`:6: a pair needs non-empty left and right`}},
		{"numeric two forms", head + "  type: numeric\n  compute: {downtime: '99.9', per: month, expr: '99.9'}\n",
			[]string{`:6: numeric question alpha-1: compute must be exactly one of`}},
		{"numeric per missing", head + "  type: numeric\n  compute: {downtime: '99.9'}\n", []string{`not {downtime}`}},
		{"numeric unknown compute key", head + "  type: numeric\n  compute: {nines: '3'}\n", []string{`unknown compute key "nines"`}},
		{"numeric bad availability", head + "  type: numeric\n  compute: {downtime: '101', per: month}\n", []string{`:6: numeric question alpha-1: invalid availability "101"`}},
		{"numeric bad period", head + "  type: numeric\n  compute: {downtime: '99.9', per: fortnight}\n", []string{`:6: numeric question alpha-1: invalid period`}},
		{"numeric bad mtbf", head + "  type: numeric\n  compute: {mtbf: 0s, mttr: 1h}\n", []string{`:6: numeric question alpha-1:`}},
		{"numeric bad expr", head + "  type: numeric\n  compute: {expr: '99.9 *'}\n", []string{`:6: numeric question alpha-1:`}},
		{"numeric budget over window", head + "  type: numeric\n  compute: {budget: 2d, per: day}\n", []string{`:6: numeric question alpha-1:`}},
		{"numeric bad tolerance", head + "  type: numeric\n  compute: {downtime: '99.9', per: month}\n  tolerance: 30\n",
			[]string{`:7: numeric question alpha-1: tolerance "30" must be a duration such as 30s`}},
		{"numeric percent tolerance too big", head + "  type: numeric\n  compute: {expr: '99.9'}\n  tolerance: 150%\n",
			[]string{`:7: numeric question alpha-1: tolerance "150%" must be a percentage`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problems(t, withBank(t, tt.bank))
			if len(got) != len(tt.want) {
				t.Errorf("%d problems, want %d:\n%s", len(got), len(tt.want), strings.Join(got, "\n"))
			}
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					found = found || strings.Contains(g, w)
				}
				if !found {
					t.Errorf("no problem contains %q; got:\n%s", w, strings.Join(got, "\n"))
				}
			}
		})
	}
}

func TestLoadFileForUnknownLesson(t *testing.T) {
	fsys := fixture(t)
	fsys["quizzes/gamma.yaml"] = &fstest.MapFile{Data: []byte("- id: gamma-1\n")}
	got := problems(t, fsys)
	if len(got) != 1 || !strings.Contains(got[0], `quizzes/gamma.yaml: no lesson "gamma" in the course`) {
		t.Errorf("problems %q", got)
	}
}

func TestLoadReportsEveryFile(t *testing.T) {
	fsys := withBank(t, head+"  type: essay\n")
	fsys["quizzes/beta.yaml"] = &fstest.MapFile{Data: []byte("- id: beta-x\n")}
	got := problems(t, fsys)
	files := map[string]bool{}
	for _, p := range got {
		files[strings.SplitN(p, ":", 2)[0]] = true
	}
	if !files["quizzes/alpha.yaml"] || !files["quizzes/beta.yaml"] {
		t.Errorf("problems do not cover both files:\n%s", strings.Join(got, "\n"))
	}
}

func TestLoadSanitizes(t *testing.T) {
	b := load(t, withBank(t, strings.Replace(head, "A prompt.", `"A \e[31mred\e[0m prompt."`, 1)+"  type: truefalse\n  answer: true\n"))
	q, _ := b.ByID("alpha-1")
	if strings.ContainsRune(q.Prompt, 0x1b) {
		t.Errorf("prompt keeps an escape: %q", q.Prompt)
	}
}
