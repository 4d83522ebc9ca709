package scenario

// Settings the standby challenges fix, so that no challenge is met by moving
// the crash, sending fewer requests or writing nothing.
var standbyFixed = map[string]string{"crash_at": "10s", "rate": "100", "writes": "0.2"}

func fixed(base map[string]string, more ...string) map[string]string {
	out := make(map[string]string, len(base)+len(more)/2)
	for k, v := range base {
		out[k] = v
	}
	for i := 0; i+1 < len(more); i += 2 {
		out[more[i]] = more[i+1]
	}
	return out
}

func atMost(n float64) Condition {
	return Condition{Metric: MetricParamsChanged, Op: "<=", Value: n,
		Why: "Change fewer parameters: each run of a challenge starts from its defaults, and the goal is met by the few that matter."}
}

// challengesFor lists the challenges of the named scenario. Each is met by
// reasoning about where its figure comes from; the tests hold a solution to
// each and check that the defaults fail every one.
func challengesFor(name string) []Challenge {
	switch name {
	case "cold-standby":
		return []Challenge{{
			ID:    "cold-downtime",
			Goal:  "Keep cold standby's downtime under 15 s by changing at most two parameters.",
			Fixed: standbyFixed,
			Conditions: []Condition{
				{Metric: "downtime_seconds", Op: "<", Value: 15,
					Why: "Downtime is detection (heartbeat_timeout after the last heartbeat) plus boot plus promotion: 2 s + 30 s + 2 s with the defaults. The boot is most of it."},
				atMost(2),
			},
			Hint:     "Add up what the outage is made of and shorten the largest parts.",
			solution: map[string]string{"boot": "10s", "promotion": "0s"},
		}, {
			ID:    "cold-writes",
			Goal:  "Lose fewer than 50 writes and keep downtime under 40 s.",
			Fixed: standbyFixed,
			Conditions: []Condition{
				{Metric: "writes_lost", Op: "<", Value: 50,
					Why: "A cold standby starts from the last backup: every write since it is lost. At 20 writes a second, the 10 s since the backup at 0 s are about 200 writes."},
				{Metric: "downtime_seconds", Op: "<", Value: 40,
					Why: "Downtime is detection plus boot plus promotion; keep them as they are or shorter."},
			},
			Hint:     "Which parameter decides how old the standby's data is when the primary dies?",
			solution: map[string]string{"backup_interval": "2s"},
		}}
	case "warm-standby":
		return []Challenge{{
			ID:    "warm-rpo",
			Goal:  "Lose at most 10 writes when the primary crashes.",
			Fixed: standbyFixed,
			Conditions: []Condition{
				{Metric: "writes_lost", Op: "<=", Value: 10,
					Why: "The standby holds what the last sync copied; the writes since then are lost. A sync every 4 s loses up to 4 s of writes at 20 a second."},
				atMost(1),
			},
			Hint:     "The writes lost are the writes of one sync interval at most.",
			solution: map[string]string{"sync_interval": "0.2s"},
		}, {
			ID:    "warm-fast",
			Goal:  "Keep warm standby's downtime under 3 s by changing at most two parameters.",
			Fixed: standbyFixed,
			Conditions: []Condition{
				{Metric: "downtime_seconds", Op: "<", Value: 3,
					Why: "Downtime is detection (heartbeat_timeout after the last heartbeat) plus the promotion that applies the last sync: 2 s + 3 s with the defaults."},
				atMost(2),
			},
			Hint:     "Two parts make the outage; shorten both.",
			solution: map[string]string{"heartbeat_timeout": "1.5s", "promotion": "1s"},
		}}
	case "hot-standby":
		return []Challenge{{
			ID:    "hot-availability",
			Goal:  "Keep hot standby's availability at 99.5% or better by changing at most three parameters.",
			Fixed: standbyFixed,
			Conditions: []Condition{
				{Metric: "availability", Op: ">=", Value: 0.995,
					Why: "Every second of outage fails 100 of the 12,000 requests of a run, so 99.5% allows about 0.6 s: detection plus promotion, 2 s + 1 s with the defaults."},
				atMost(3),
			},
			Hint:     "Detection needs a heartbeat timeout a little longer than the interval; both can be short.",
			solution: map[string]string{"heartbeat_interval": "0.1s", "heartbeat_timeout": "0.2s", "promotion": "0.2s"},
		}, {
			ID:    "hot-async",
			Goal:  "Replicate asynchronously and lose at most 2 writes.",
			Fixed: fixed(standbyFixed, "replication", "async"),
			Conditions: []Condition{
				{Metric: "writes_lost", Op: "<=", Value: 2,
					Why: "An asynchronous standby runs lag behind the primary: the writes acknowledged within that lag are lost. 0.5 s of lag is 10 writes at 20 a second."},
				atMost(1),
			},
			Hint:     "How far behind may the standby run to lose at most 2 writes at 20 a second?",
			solution: map[string]string{"lag": "0.1s"},
		}}
	case "active-active":
		aaFixed := map[string]string{"crash_at": "10s", "rate": "200"}
		return []Challenge{{
			ID:    "aa-detect",
			Goal:  "Lose node-1 with under 1 s of degraded service, changing one parameter.",
			Fixed: aaFixed,
			Conditions: []Condition{
				{Metric: "degraded_seconds", Op: "<", Value: 1,
					Why: "Until the balancer removes node-1 its share of the requests fails: that takes check_threshold failed checks, check_interval apart (3 × 1 s less the first)."},
				atMost(1),
			},
			Hint:     "How long does the balancer take to be sure a node is dead?",
			solution: map[string]string{"check_interval": "0.3s"},
		}, {
			ID:    "aa-two",
			Goal:  "With two nodes, keep availability above 99% by changing at most two parameters.",
			Fixed: fixed(aaFixed, "nodes", "2"),
			Conditions: []Condition{
				{Metric: "availability", Op: ">", Value: 0.99,
					Why: "With one node left it must carry all 200 req/s; at 120 req/s a node, the survivor turns 40% away for the rest of the run."},
				atMost(2),
			},
			Hint:     "Active-active survives a loss only if the nodes left can carry the whole load.",
			solution: map[string]string{"capacity": "200", "check_interval": "0.2s"},
		}}
	case "circuit-breaker":
		cbFixed := map[string]string{"rate": "50", "failing_share": "0.5", "fail_at": "10s", "recover_at": "40s"}
		return []Challenge{{
			ID:    "cb-no-breaker",
			Goal:  "Without a breaker, keep the inventory path above 99.5% by changing one parameter.",
			Fixed: fixed(cbFixed, "breaker", "off"),
			Conditions: []Condition{
				{Metric: "inventory_availability", Op: ">", Value: 0.995,
					Why: "Each call to the dead dependency holds a worker for the whole timeout: 25 calls a second for 2 s need 50 workers, and there are 40, so inventory requests wait behind them."},
				atMost(1),
			},
			Hint:     "Workers held = calls per second × how long each is held. Change one side.",
			solution: map[string]string{"timeout": "1s"},
		}, {
			ID:    "cb-p99",
			Goal:  "With the breaker on, keep the p99 wait at or under 0.2 s by changing at most two parameters.",
			Fixed: fixed(cbFixed, "breaker", "on"),
			Conditions: []Condition{
				{Metric: "latency_p99", Op: "<=", Value: 0.2,
					Why: "Before the breaker opens it must count threshold failures, and each takes a full timeout; meanwhile calls to the dead dependency fill the pool and inventory requests wait."},
				atMost(2),
			},
			Hint:     "What fills the pool in the seconds before the breaker opens?",
			solution: map[string]string{"timeout": "0.5s"},
		}, {
			ID:    "cb-back",
			Goal:  "With the breaker on, serve at least 48% of reviews requests: notice its return quickly.",
			Fixed: fixed(cbFixed, "breaker", "on"),
			Conditions: []Condition{
				{Metric: "reviews_availability", Op: ">=", Value: 0.48,
					Why: "Reviews is down from 10 s to 40 s, half of the run; an open breaker notices its return only at the next trial call, up to open_for later, and fails every call until then."},
				atMost(1),
			},
			Hint:     "How long does an open breaker wait before it tries again?",
			solution: map[string]string{"open_for": "0.5s"},
		}}
	case "retry-storm":
		rsFixed := map[string]string{"rate": "200", "capacity": "300", "brownout_at": "10s", "brownout_for": "10s", "brownout": "0.3"}
		return []Challenge{{
			ID:    "rs-end",
			Goal:  "End the retry storm within 10 s of the brownout's end by changing at most two parameters.",
			Fixed: rsFixed,
			Conditions: []Condition{
				{Metric: "recover_seconds", Op: "<=", Value: 20,
					Why: "The brownout runs from 10 s to 20 s and recovery is counted from its start. Naive retries at every layer make up to (retries+1)² calls per request, and the queue of work for nobody never drains."},
				{Metric: "tail_availability", Op: ">=", Value: 0.99,
					Why: "The last 10 s of the run should be served in full: the storm must be over, not just smaller."},
				atMost(2),
			},
			Hint:     "Retry less, later and not at every layer at once.",
			solution: map[string]string{"policy": "backoff"},
		}, {
			ID:    "rs-naive",
			Goal:  "Keep naive retries and still serve over 75% of requests, changing one parameter.",
			Fixed: fixed(rsFixed, "policy", "naive"),
			Conditions: []Condition{
				{Metric: "availability", Op: ">", Value: 0.75,
					Why: "While the database is slow, naive retries multiply its load by up to (retries+1)², and with a 1 s timeout all it serves late is work for nobody."},
				atMost(1),
			},
			Hint:     "Which setting multiplies the load?",
			solution: map[string]string{"retries": "0"},
		}}
	case "split-brain":
		sbFixed := map[string]string{"rate": "100", "writes": "0.2", "stranded": "0.2", "cut_at": "10s", "heal_at": "40s"}
		return []Challenge{{
			ID:    "sb-no-loss",
			Goal:  "Lose no writes and accept no conflicting writes when the network splits, changing one parameter.",
			Fixed: sbFixed,
			Conditions: []Condition{
				{Metric: "writes_lost", Op: "<=", Value: 0,
					Why: "Without fencing node-1 goes on accepting writes from the clients on its side while node-2 takes over; when the network heals one history must go."},
				{Metric: "conflicting_writes", Op: "<=", Value: 0,
					Why: "Writes accepted by one primary while another exists conflict: two nodes must never both act as primary."},
				atMost(1),
			},
			Hint:     "A node that cannot reach a majority should stop.",
			solution: map[string]string{"fencing": "quorum"},
		}, {
			ID:    "sb-quick",
			Goal:  "With a quorum, keep the time without a primary under 1.5 s, changing at most two parameters.",
			Fixed: fixed(sbFixed, "fencing", "quorum"),
			Conditions: []Condition{
				{Metric: "no_primary_seconds", Op: "<", Value: 1.5,
					Why: "From the split until node-2 takes over no node can commit a write: that is the heartbeat timeout plus the promotion, 3 s + 1 s with the defaults."},
				atMost(2),
			},
			Hint:     "The timeout must outlast one heartbeat interval, but not by much.",
			solution: map[string]string{"heartbeat_timeout": "1.1s", "promotion": "0.2s"},
		}, {
			ID:    "sb-available",
			Goal:  "Lose no writes and keep availability above 88%, changing at most three parameters.",
			Fixed: sbFixed,
			Conditions: []Condition{
				{Metric: "writes_lost", Op: "<=", Value: 0,
					Why: "Without fencing the minority's writes are thrown away when the network heals."},
				{Metric: "availability", Op: ">", Value: 0.88,
					Why: "With a quorum the 20% of clients stranded with node-1 are refused for the whole split: the price of safety. The rest wait for detection and promotion; that part you can shorten."},
				atMost(3),
			},
			Hint:     "Pay for safety with the minority, not with the majority's wait.",
			solution: map[string]string{"fencing": "quorum", "heartbeat_timeout": "1.1s", "promotion": "0.2s"},
		}}
	case "correlated-failure":
		cfFixed := map[string]string{"rate": "100", "fail_at": "20s", "repair": "30s"}
		return []Challenge{{
			ID:    "cf-spread",
			Goal:  "Keep three replicas of 60 req/s above 99% availability through the rack's power loss, changing one parameter.",
			Fixed: fixed(cfFixed, "nodes", "3", "capacity", "60"),
			Conditions: []Condition{
				{Metric: "availability", Op: ">", Value: 0.99,
					Why: "Replicas that share a rack share its fate: when rack A loses power, every replica in it fails at once, for the whole repair."},
				atMost(1),
			},
			Hint:     "The formula assumes independent failures. Where the replicas stand decides whether they are.",
			solution: map[string]string{"per_rack": "1"},
		}, {
			ID:    "cf-two-racks",
			Goal:  "With two replicas to a rack, keep availability above 99%, changing one parameter.",
			Fixed: fixed(cfFixed, "per_rack", "2"),
			Conditions: []Condition{
				{Metric: "availability", Op: ">", Value: 0.99,
					Why: "Rack A holds two of the three replicas; when it fails, node-3 alone gets all 100 req/s and serves 60."},
				atMost(1),
			},
			Hint:     "After the rack fails, can what is left carry the whole load?",
			solution: map[string]string{"nodes": "4"},
		}}
	}
	return nil
}
