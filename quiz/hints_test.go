package quiz_test

import (
	"regexp"
	"strings"
	"testing"

	"faultline/quiz"
)

// TestEveryQuestionHasAHint: each question of the built-in bank offers a
// hint, so h is never a dead key in self-study.
func TestEveryQuestionHasAHint(t *testing.T) {
	for _, q := range builtinBank(t).Questions {
		if strings.TrimSpace(q.Hint) == "" {
			t.Errorf("%s has no hint", q.ID)
		}
	}
}

// TestHintsDoNotGiveTheAnswerAway: a hint points the way and never says
// the answer: no right choice, right match, item or class in its words (a
// run of four words in a row, or the whole text when shorter), no "true"
// or "false" for a true-or-false statement, no number that would be graded
// right for a numeric one.
func TestHintsDoNotGiveTheAnswerAway(t *testing.T) {
	for _, q := range builtinBank(t).Questions {
		hint := words(q.Hint)
		var secret []string
		switch q.Type {
		case quiz.Single, quiz.Multi:
			for _, c := range q.Choices {
				if c.Correct {
					secret = append(secret, c.Text)
				}
			}
		case quiz.Match:
			for _, p := range q.Pairs {
				secret = append(secret, p.Right)
			}
		case quiz.Order:
			secret = append(secret, q.Items...)
		case quiz.Classify:
			for _, d := range quiz.Dimensions {
				secret = append(secret, q.Classes[d.Name])
			}
		case quiz.TrueFalse:
			if hint.has("true") || hint.has("false") {
				t.Errorf("%s: the hint %q says true or false", q.ID, q.Hint)
			}
		case quiz.NumericType:
			for _, w := range strings.Fields(q.Hint) {
				w = strings.Trim(w, ".,;:()")
				if strings.ContainsAny(w, "0123456789") && quiz.Grade(q, quiz.TextResponse(w)).Correct {
					t.Errorf("%s: the hint %q offers %s, which is graded right", q.ID, q.Hint, w)
				}
			}
		}
		for _, s := range secret {
			if run, ok := hint.shares(words(s), 4); ok {
				t.Errorf("%s: the hint %q gives away %q (%q)", q.ID, q.Hint, s, run)
			}
		}
	}
}

// wordList is a text as lower-case words, punctuation dropped.
type wordList []string

var wordRE = regexp.MustCompile(`[\p{L}\p{N}'%-]+`)

func words(s string) wordList { return wordRE.FindAllString(strings.ToLower(s), -1) }

func (w wordList) has(word string) bool {
	for _, x := range w {
		if x == word {
			return true
		}
	}
	return false
}

// shares reports the first run of n words of s (all of s when shorter)
// that also stands in w.
func (w wordList) shares(s wordList, n int) (string, bool) {
	n = min(n, len(s))
	if n == 0 {
		return "", false
	}
	joined := " " + strings.Join(w, " ") + " "
	for i := 0; i+n <= len(s); i++ {
		run := strings.Join(s[i:i+n], " ")
		if strings.Contains(joined, " "+run+" ") {
			return run, true
		}
	}
	return "", false
}
