package lessons

import "testing"

// TestDescribeNamesBlocksAsStudentsReadThem: no list of live blocks shows
// raw block syntax such as "nines 99.9 99.95 99.99".
func TestDescribeNamesBlocksAsStudentsReadThem(t *testing.T) {
	tests := []struct {
		b    Block
		want string
	}{
		{Block{Kind: KindNines, Args: []string{"99.9", "99.95", "99.99"}}, "the table of nines for 99.9%, 99.95%, 99.99%"},
		{Block{Kind: KindNines, Args: []string{"4n"}}, "the table of nines for 4n"},
		{Block{Kind: KindNines}, "the table of nines, one to seven nines"},
		{Block{Kind: KindCompose, Args: []string{"lb:99.99 * (web:99.9 | web:99.9)"}}, "the composed system lb:99.99 * (web:99.9 | web:99.9)"},
		{Block{Kind: KindMTBF, Args: []string{"30d", "4h"}}, "the availability from an MTBF of 30d and an MTTR of 4h"},
		{Block{Kind: KindDiagram, Args: []string{"fault-chain"}}, "the diagram of the fault chain"},
		{Block{Kind: KindScenario, Args: []string{"retry-storm"}}, "the failover scenario “Retry storm and cascading failure”"},
		{Block{Kind: KindQuiz, Args: []string{"taxonomy-8"}}, "the quiz question taxonomy-8"},
	}
	for _, tt := range tests {
		if got := tt.b.Describe(); got != tt.want {
			t.Errorf("%s %v: Describe = %q, want %q", tt.b.Kind, tt.b.Args, got, tt.want)
		}
	}
}
