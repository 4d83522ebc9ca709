package scenario

import "time"

// correlatedSpec describes the correlated-failure scenario: the active-active
// pool of the parallel formula, with its replicas placed in racks that lose
// power as a whole.
func correlatedSpec() Spec {
	return Spec{
		Name:  "correlated-failure",
		Title: "Correlated failure: replicas in one rack",
		Summary: "The parallel formula promises 99.9999% from three replicas of 99%; " +
			"a rack that loses power takes all three at once.",
		TimeNote: "Times are compressed: the 30 s repair stands for the hours it takes to restore a rack's power.",
		Duration: 120 * time.Second,
		Params: []Param{
			{Key: "nodes", Help: "replicas behind the load balancer", Default: 3, Min: 2, Max: 8, Integer: true},
			{Key: "per_rack", Help: "replicas placed in each rack (rack A first); 1 spreads them, one a rack", Default: 3, Min: 1, Max: 8, Integer: true},
			{Key: "replica_availability", Help: "availability of one replica, for the parallel formula", Unit: "fraction", Default: 0.99, Min: 0.5, Max: 0.99999},
			rateParam(100),
			{Key: "capacity", Help: "requests per second one replica can serve", Unit: "req/s", Default: 60, Min: 1, Max: 2000},
			secondsParam("fail_at", "when rack A loses power", 20, 0, 100),
			secondsParam("repair", "how long until its power is back", 30, 0, 100),
			secondsParam("check_interval", "how often the balancer checks each replica", 1, 0.1, 10),
			{Key: "check_threshold", Help: "failed checks in a row before a replica is removed", Default: 2, Min: 1, Max: 10, Integer: true},
		},
		build: func(s *Sim, v Values) model { return newCorrelated(s, v) },
	}
}
