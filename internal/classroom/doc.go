// Package classroom is the core of faultline's classroom mode: students follow
// the presenter's lecture from their own terminals over SSH and answer its live
// quiz questions.
//
// A Hub fans the presenter's current Frame out to every connected Student.
// Publishing never blocks: each student has a one-slot channel holding the
// newest frame, and a student who falls behind simply skips to the latest one
// (latest state wins). The Hub also takes each student's answers to every
// question type, graded by quiz on the question as dealt: one per student
// per question, changeable until the presenter closes the question or
// reveals its answer (Hub.CloseQuestion, ReopenQuestion, ResetQuestion). It
// keeps the tally the presenter shows (per choice, right and wrong, the
// most common answers) and a Record per student and question for the
// lecture's results.
//
// Around the hub sit the small pieces an SSH server needs: display names that
// are safe to print and unique (CleanName), per-lecture join codes
// (NewJoinCode, Hub.CheckCode), a per-address token bucket for wrong join
// codes (Limiter), a per-address cap on connections still logging in
// (Pending), the count of people turned away (Hub.Refuse, Hub.Refused), and an ed25519 host key kept in faultline's state directory and
// reused across lectures (HostKeyPath, LoadOrCreateHostKey, Fingerprint).
//
// Nothing here draws to a terminal; times come from an injected clock.
package classroom
