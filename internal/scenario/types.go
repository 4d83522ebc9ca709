package scenario

import "time"

// Tick is the simulated time one call to [Sim.Step] advances.
const Tick = 100 * time.Millisecond

// ticksPerSecond is how many ticks make one simulated second.
const ticksPerSecond = int(time.Second / Tick)

// dt is the length of a tick in seconds.
const dt = float64(Tick) / float64(time.Second)

// NotObserved is the value of a time metric whose moment never came in the run,
// such as the recovery time of a service that never recovered.
const NotObserved = -1.0

// Node roles.
const (
	RolePrimary = "primary" // the node that serves writes in active-passive
	RoleStandby = "standby" // the node waiting to take over
	RoleClient  = "client"  // the clients sending requests
	RoleLB      = "lb"      // a load balancer
	RoleService = "service" // a service or dependency in a call chain or pool
	RoleWitness = "witness" // a voter that holds no data, for a quorum of three
)

// Node states.
const (
	StateUp         = "up"         // running and serving
	StateDown       = "down"       // crashed
	StateOff        = "off"        // powered off on purpose (a cold standby)
	StateBooting    = "booting"    // starting up and loading state
	StateSyncing    = "syncing"    // catching up with the primary's data
	StatePromoting  = "promoting"  // taking over the primary's role
	StateOverloaded = "overloaded" // offered more work than it can do
	StateRemoved    = "removed"    // taken out of a load balancer's rotation
	StateFenced     = "fenced"     // stepped down for want of a quorum; refuses requests
)

// Event kinds.
const (
	KindCrash             = "crash"
	KindLinkCut           = "link-cut"
	KindSlowdown          = "slowdown"
	KindHeal              = "heal"
	KindHeartbeatMissed   = "heartbeat-missed"
	KindFailureDetected   = "failure-detected"
	KindFailoverStarted   = "failover-started"
	KindStandbyBooting    = "standby-booting"
	KindPromoted          = "promoted"
	KindReplicationLag    = "replication-lag"
	KindWriteLost         = "write-lost"
	KindHealthCheckFailed = "health-check-failed"
	KindNodeRemoved       = "node-removed"
	KindOverload          = "overload"
	KindBreakerOpen       = "breaker-open"
	KindBreakerHalfOpen   = "breaker-half-open"
	KindBreakerClosed     = "breaker-closed"
	KindRetryStorm        = "retry-storm"
	KindRecovered         = "recovered"
	KindNote              = "note" // what the scenario sets out to show, at the start
	KindStepDown          = "step-down"
)

// Event is one entry of a run's timeline. A key moment also carries Say: one
// sentence, for a student, of what the moment means for the service; the
// player shows it as a caption on the canvas.
type Event struct {
	T      float64 `json:"t"`
	Kind   string  `json:"kind"`
	Node   string  `json:"node,omitempty"`
	Detail string  `json:"detail,omitempty"`
	Say    string  `json:"say,omitempty"`
}

// Node is a node as drawn at one tick.
type Node struct {
	Name     string  `json:"name"`
	Role     string  `json:"role"`
	State    string  `json:"state"`
	Load     float64 `json:"load"`     // work offered to the node, requests per second
	Capacity float64 `json:"capacity"` // work it can do, requests per second (0: not limited)
}

// Link is a connection between two nodes as drawn at one tick. Requests or
// calls travel From → To; for a replication link, from the primary to its
// copy. Beside those in flight, a link counts the ones that ended badly on it
// in this tick, so that a failure is drawn where it happens.
type Link struct {
	From     string `json:"from"`
	To       string `json:"to"`
	Up       bool   `json:"up"`
	InFlight int    `json:"in_flight"` // requests on the link or waiting on it; on a replication link, writes not yet copied
	// Replication marks the link a primary copies its writes over.
	Replication bool   `json:"replication,omitempty"`
	Failed      int    `json:"failed,omitempty"`    // refused or lost this tick: the far end is down, cut off or full
	TimedOut    int    `json:"timed_out,omitempty"` // given up on this tick after waiting too long
	Rejected    int    `json:"rejected,omitempty"`  // failed fast this tick by an open breaker, never sent
	Breaker     string `json:"breaker,omitempty"`   // closed, open or half-open when a breaker guards the link
}

// Snapshot is the state of a run after one tick.
type Snapshot struct {
	T       float64 `json:"t"` // simulated seconds since the start
	Nodes   []Node  `json:"nodes"`
	Links   []Link  `json:"links"`
	Events  []Event `json:"events"` // the events of this tick only
	Metrics Metrics `json:"metrics"`
}

// Result is a whole run: what `faultline scenario NAME --headless -o json`
// prints.
type Result struct {
	Scenario string         `json:"scenario"`
	Params   map[string]any `json:"params"`
	Seed     uint64         `json:"seed"`
	Events   []Event        `json:"events"`
	Metrics  Metrics        `json:"metrics"`
}
