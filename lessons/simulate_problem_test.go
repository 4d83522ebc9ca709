package lessons_test

import (
	"strings"
	"testing"
)

func TestSimulateBlockProblemNamesFileAndLine(t *testing.T) {
	files := map[string]string{"lessons/a.md": "---\nid: a\ntitle: A\norder: 1\nminutes: 2\nsummary: S.\n---\n## One\nText.\n" +
		"```faultline simulate 99.9 | 99.9 --common-cause 2\n```\n"}
	got := loadProblems(t, mapFS(files))
	if len(got) != 1 || got[0].File != "lessons/a.md" || got[0].Line != 10 || !strings.Contains(got[0].Message, `--common-cause "2": it is not a share`) {
		t.Errorf("problems:\n%s", problemList(got))
	}
}
