// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package aaretest checks the matcher of package aare against
// apparmor_parser, for tests: it compiles policy with the parser into
// the kernel's binary format, reads each profile's file automaton from
// it, and runs paths through it as the kernel does. It also makes
// paths that a pattern matches, and near misses, to run through both.
//
// The binary format is read from what the kernel's policy loader and
// matcher document (security/apparmor/policy_unpack.c, match.c,
// file.c): a stream of typed elements (little-endian), each profile a
// struct holding its name and its automata as blobs, and each
// automaton a set of big-endian tables (default, base, next, check,
// equivalence classes, accept) in the flex table layout. File
// permissions sit in the accept table in the compatible layout: bits
// 0-6 (exec, write, read, append, link, lock, mmap) and 7-13 (exec
// transition) for the owner of the file, the same shifted by 14 for
// others.
//
// It runs apparmor_parser, which is why it is a package of its own,
// apart from aare, which runs nothing.
package aaretest

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/snapiface/snapiface/interfaces/apparmor/aaparser"
	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
)

// Element codes of the policy stream.
const (
	codeU8        = 0
	codeU16       = 1
	codeU32       = 2
	codeU64       = 3
	codeName      = 4
	codeString    = 5
	codeBlob      = 6
	codeStruct    = 7
	codeStructEnd = 8
	codeList      = 9
	codeListEnd   = 10
	codeArray     = 11
	codeArrayEnd  = 12
)

// dfaMagic starts every automaton.
const dfaMagic = 0x1B5E783D

// Table ids, as the stream numbers them.
const (
	tableAccept  = 1
	tableBase    = 2
	tableCheck   = 3
	tableDefault = 4
	tableEquiv   = 5
	tableAccept2 = 7
	tableNext    = 8
)

// baseDiffEncode marks a state whose default transition is relative
// (a differentially encoded automaton); the state index is the low 24
// bits of base.
const (
	baseDiffEncode = 0x80000000
	baseIndexMask  = 0xffffff
)

// Profile is what a profile of a binary policy grants: its
// capabilities, and its file automaton.
type Profile struct {
	// Capabilities has bit N set when the profile allows capability
	// N (the kernel's numbering, as in aare.Capabilities), deny rules
	// applied.
	Capabilities uint64

	accept, accept2, base []uint32
	def, next, check      []uint16
	equiv                 []byte
	// policy is the automaton of the other classes.
	policy *Profile
	// xtable holds the targets of named exec transitions.
	xtable []string
}

// Compile compiles policy texts with apparmor_parser (found on PATH
// or in /sbin), each a file of its own, in one run, against
// aaparser.FeaturesFile, includes looked up where the parser looks, and
// returns the file automaton of each profile, by name.
func Compile(texts ...string) (map[string]*Profile, error) {
	parser, err := aaparser.Available()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "aaretest-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "policy.bin")
	args := []string{"-QK", "--config-file", "/dev/null", "-M", aaparser.FeaturesFile, "-O", "no-expr-simplify", "-o", out}
	for i, text := range texts {
		src := filepath.Join(dir, fmt.Sprintf("policy-%d", i))
		if err := os.WriteFile(src, []byte(text), 0644); err != nil {
			return nil, err
		}
		args = append(args, src)
	}
	cmd := exec.Command(parser, args...)
	var msgs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &msgs, &msgs
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("apparmor_parser: %v: %s", err, msgs.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		return nil, err
	}
	return Read(data)
}

// Read reads the file automaton of each profile of a binary policy.
func Read(data []byte) (map[string]*Profile, error) {
	r := reader{data: data}
	profiles := map[string]*Profile{}
	var name string
	var cur *Profile
	depth := 0
	for r.pos < len(data) {
		start := r.pos
		code, err := r.u8()
		if err != nil {
			return nil, err
		}
		elemName := ""
		if code == codeName {
			if elemName, err = r.str16(); err != nil {
				return nil, err
			}
			if elemName == "version" && depth == 0 {
				// Each profile is a stream of its own; blobs are
				// aligned from its start.
				r.base = start
			}
			if code, err = r.u8(); err != nil {
				return nil, err
			}
		}
		switch code {
		case codeU8:
			r.pos++
		case codeU16:
			r.pos += 2
		case codeU32:
			if r.pos+4 > len(data) {
				return nil, errShort
			}
			v := uint64(binary.LittleEndian.Uint32(data[r.pos:]))
			r.pos += 4
			// The first unnamed number of the profile is its allowed
			// capabilities, the first of caps64 their high half.
			if cur != nil && elemName == "" && !r.capsRead && depth == 1 {
				cur.Capabilities |= v
				r.capsRead = true
			} else if cur != nil && r.inCaps64 && !r.caps64Read {
				cur.Capabilities |= v << 32
				r.caps64Read = true
			}
		case codeU64:
			r.pos += 8
		case codeString:
			s, err := r.str16()
			if err != nil {
				return nil, err
			}
			if depth == 1 && name == "" && elemName == "" {
				name = s
				cur = &Profile{}
				profiles[name] = cur
			} else if depth >= 2 && cur != nil && r.inXtable {
				cur.xtable = append(cur.xtable, s)
			}
		case codeBlob:
			blob, err := r.blob()
			if err != nil {
				return nil, err
			}
			if elemName == "aadfa" && depth == 2 && cur != nil {
				cur.policy = &Profile{}
				if err := cur.policy.parse(blob); err != nil {
					return nil, fmt.Errorf("profile %q: policy: %v", name, err)
				}
			}
			if elemName == "aadfa" && depth == 1 && cur != nil {
				if err := cur.parse(blob); err != nil {
					return nil, fmt.Errorf("profile %q: %v", name, err)
				}
			}
		case codeStruct:
			depth++
			if elemName == "profile" && depth == 1 {
				name, cur = "", nil
				r.capsRead, r.caps64Read = false, false
			}
			r.inCaps64 = elemName == "caps64"
			if elemName == "xtable" {
				r.inXtable = true
			}
		case codeStructEnd:
			depth--
			r.inXtable, r.inCaps64 = false, false
		case codeList, codeListEnd, codeArrayEnd:
		case codeArray:
			r.pos += 2
		default:
			return nil, fmt.Errorf("unknown element code %d at %d", code, start)
		}
	}
	return profiles, nil
}

type reader struct {
	data      []byte
	pos, base int
	inXtable  bool
	// inCaps64 says the reader is in a profile's caps64 struct;
	// capsRead and caps64Read that the allowed capabilities were read.
	inCaps64, capsRead, caps64Read bool
}

var errShort = errors.New("binary policy ends early")

func (r *reader) u8() (byte, error) {
	if r.pos >= len(r.data) {
		return 0, errShort
	}
	r.pos++
	return r.data[r.pos-1], nil
}

func (r *reader) str16() (string, error) {
	if r.pos+2 > len(r.data) {
		return "", errShort
	}
	n := int(binary.LittleEndian.Uint16(r.data[r.pos:]))
	r.pos += 2
	if r.pos+n > len(r.data) || n == 0 {
		return "", errShort
	}
	s := string(r.data[r.pos : r.pos+n-1])
	r.pos += n
	return s, nil
}

// blob reads a blob; its payload starts at the next 8-byte boundary of
// the stream.
func (r *reader) blob() ([]byte, error) {
	if r.pos+4 > len(r.data) {
		return nil, errShort
	}
	n := int(binary.LittleEndian.Uint32(r.data[r.pos:]))
	r.pos += 4
	if r.pos+n > len(r.data) {
		return nil, errShort
	}
	pad := (8 - (r.pos-r.base)%8) % 8
	b := r.data[r.pos+pad : r.pos+n]
	r.pos += n
	return b, nil
}

func (d *Profile) parse(b []byte) error {
	be := binary.BigEndian
	if len(b) < 12 || be.Uint32(b) != dfaMagic {
		return errors.New("bad automaton magic")
	}
	i := int(be.Uint32(b[4:]))
	for i+12 <= len(b) {
		id, size, n := be.Uint16(b[i:]), int(be.Uint16(b[i+2:])), int(be.Uint32(b[i+8:]))
		i += 12
		if i+n*size > len(b) {
			return errors.New("automaton table runs past its end")
		}
		data := b[i : i+n*size]
		i = (i + n*size + 7) &^ 7
		switch id {
		case tableAccept:
			d.accept = u32s(data)
		case tableAccept2:
			d.accept2 = u32s(data)
		case tableBase:
			d.base = u32s(data)
		case tableCheck:
			d.check = u16s(data)
		case tableDefault:
			d.def = u16s(data)
		case tableNext:
			d.next = u16s(data)
		case tableEquiv:
			d.equiv = data
		}
	}
	if d.accept == nil || d.base == nil || d.def == nil || d.next == nil || d.check == nil {
		return errors.New("automaton lacks a table")
	}
	return nil
}

func u32s(b []byte) []uint32 {
	out := make([]uint32, len(b)/4)
	for i := range out {
		out[i] = binary.BigEndian.Uint32(b[4*i:])
	}
	return out
}

func u16s(b []byte) []uint16 {
	out := make([]uint16, len(b)/2)
	for i := range out {
		out[i] = binary.BigEndian.Uint16(b[2*i:])
	}
	return out
}

// match runs s from state and returns the state reached (0: no match
// is possible any more).
func (d *Profile) match(state int, s string) int {
	for i := 0; i < len(s) && state != 0; i++ {
		c := int(s[i])
		if d.equiv != nil {
			c = int(d.equiv[c])
		}
		for {
			pos := int(d.base[state]&baseIndexMask) + c
			if pos < len(d.check) && int(d.check[pos]) == state {
				state = int(d.next[pos])
				break
			}
			state = int(d.def[state])
			if d.base[state]&baseDiffEncode == 0 {
				break
			}
		}
	}
	return state
}

// Perms is what an automaton grants on a path, for the owner of the
// file and for others, with the exec transition of each.
type Perms struct {
	Owner, Other         aare.FileMode
	OwnerExec, OtherExec aare.Transition
}

// Perms runs path through the automaton.
func (d *Profile) Perms(path string) Perms {
	s := d.match(1, path)
	a := d.accept[s]
	return Perms{
		Owner:     modeOf(a & 0x7f),
		Other:     modeOf((a >> 14) & 0x7f),
		OwnerExec: d.transition(a & 0x3fff),
		OtherExec: d.transition((a >> 14) & 0x3fff),
	}
}

// Link says whether the automaton lets path be made a link to target,
// for the file's owner and for others: both halves of the pair need l.
func (d *Profile) Link(path, target string) (owner, other bool) {
	s := d.match(1, path)
	first := d.accept[s]
	s = d.match(s, "\x00")
	s = d.match(s, target)
	second := d.accept[s]
	return first&second&0x10 != 0, (first>>14)&(second>>14)&0x10 != 0
}

// modeOf maps the compatible permission bits to a FileMode.
func modeOf(bits uint32) aare.FileMode {
	var m aare.FileMode
	for bit, mode := range map[uint32]aare.FileMode{
		0x1: aare.ModeExec, 0x2: aare.ModeWrite, 0x4: aare.ModeRead, 0x8: aare.ModeAppend,
		0x10: aare.ModeLink, 0x20: aare.ModeLock, 0x40: aare.ModeMmap,
	} {
		if bits&bit != 0 {
			m |= mode
		}
	}
	return m
}

// transition reads the exec transition of 14 bits of an accept entry:
// 0x100 unsafe (the environment is kept: lower case), 0x200 inherit
// fallback, 0x80 unconfined fallback, and in bits 10-13 the kind: 1
// unconfined, 2 the profile named by the program, 3 a child profile,
// 4 and up an entry of the transition table.
func (d *Profile) transition(mask uint32) aare.Transition {
	if mask&0x1 == 0 {
		return aare.Transition{}
	}
	index := (mask >> 10) & 0xf
	unsafe := mask&0x100 != 0
	var t aare.Transition
	switch {
	case index == 0 && mask&0x200 != 0:
		return aare.Transition{Mode: "ix"}
	case index == 0:
		return aare.Transition{Mode: "x"}
	case index == 1:
		t.Mode = "ux"
	case index == 2:
		t.Mode = "px"
	case index == 3:
		t.Mode = "cx"
	default:
		t.Mode = "px"
		if i := int(index) - 4; i < len(d.xtable) {
			t.Target = d.xtable[i]
		}
	}
	letter := t.Mode[:1]
	fallback := ""
	switch {
	case index != 1 && mask&0x200 != 0:
		fallback = "i"
	case index != 1 && mask&0x80 != 0:
		fallback = "u"
	}
	if !unsafe {
		letter = map[string]string{"u": "U", "p": "P", "c": "C"}[letter]
		if fallback == "u" {
			fallback = "U"
		}
	}
	t.Mode = letter + fallback + "x"
	return t
}

// Samples returns paths made from pattern (variables already expanded):
// n random expansions of it, each with near misses made from it (a
// byte dropped, added or changed, a '/' added, the last element cut),
// and its prefixes at each '/'. Many match the pattern and many just
// miss it: what a matcher is likeliest to get wrong.
func Samples(pattern string, rnd *rand.Rand, n int) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if !seen[s] && s != "" && len(s) < 4096 {
			seen[s] = true
			out = append(out, s)
		}
	}
	for i := 0; i < n; i++ {
		var b strings.Builder
		expand(&b, pattern, rnd)
		s := b.String()
		add(s)
		for j := 0; j < len(s); j++ {
			if s[j] == '/' {
				add(s[:j+1])
				add(s[:j])
			}
		}
		for _, m := range mutations(s, rnd) {
			add(m)
		}
	}
	return out
}

var (
	starFills     = []string{"", "a", "b1", "x.y", "-_", "Ab9", "snap", "0"}
	starStarFills = []string{"", "a", "a/b", "x/y/z", "a.b/c", "/", "/a", "a/", "1/2/3/4"}
	questionFills = []string{"a", "Z", "0", ".", "-", "_"}
	noise         = "/a.0-Zx_@:"
)

// expand writes a random string pattern matches, or nearly: the
// fills of *, ** and ? are drawn from small sets that include what
// they may not match ("/" for *), so that some samples miss.
func expand(b *strings.Builder, p string, rnd *rand.Rand) {
	for i := 0; i < len(p); i++ {
		switch c := p[i]; c {
		case '\\':
			if i+1 < len(p) {
				i++
				b.WriteByte(p[i])
			}
		case '*':
			if i+1 < len(p) && p[i+1] == '*' {
				b.WriteString(starStarFills[rnd.Intn(len(starStarFills))])
				i++
			} else {
				b.WriteString(starFills[rnd.Intn(len(starFills))])
			}
		case '?':
			b.WriteString(questionFills[rnd.Intn(len(questionFills))])
		case '[':
			end := strings.IndexByte(p[i+1:], ']')
			if end < 0 {
				return
			}
			class := p[i+1 : i+2+end-1]
			i += end + 1
			b.WriteByte(classMember(class, rnd))
		case '{':
			alts, end := alternatives(p[i:])
			expand(b, alts[rnd.Intn(len(alts))], rnd)
			i += end - 1
		default:
			b.WriteByte(c)
		}
	}
}

// classMember picks a byte of a class ("a-z0", "^/"), or now and then
// one outside it.
func classMember(class string, rnd *rand.Rand) byte {
	var members []byte
	negate := strings.HasPrefix(class, "^")
	body := strings.TrimPrefix(class, "^")
	for i := 0; i < len(body); i++ {
		lo, hi := body[i], body[i]
		if i+2 < len(body) && body[i+1] == '-' {
			hi = body[i+2]
			i += 2
		}
		for c := int(lo); c <= int(hi); c++ {
			members = append(members, byte(c))
		}
	}
	if negate || len(members) == 0 || rnd.Intn(5) == 0 {
		return noise[rnd.Intn(len(noise))]
	}
	return members[rnd.Intn(len(members))]
}

// alternatives splits the alternation at the start of s into its
// alternatives, and returns its length.
func alternatives(s string) ([]string, int) {
	depth := 0
	start := 1
	var alts []string
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '[':
			if end := strings.IndexByte(s[i:], ']'); end > 0 {
				i += end
			}
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return append(alts, s[start:i]), i + 1
			}
		case ',':
			if depth == 1 {
				alts = append(alts, s[start:i])
				start = i + 1
			}
		}
	}
	return []string{s[1:]}, len(s)
}

// mutations returns near misses of s.
func mutations(s string, rnd *rand.Rand) []string {
	if s == "" {
		return nil
	}
	i := rnd.Intn(len(s))
	c := noise[rnd.Intn(len(noise))]
	out := []string{
		s[:i] + s[i+1:],
		s[:i] + string(c) + s[i:],
		s[:i] + string(c) + s[i+1:],
		s + "/",
		s + "x",
		s + "/x",
		strings.TrimSuffix(s, "/"),
	}
	if j := strings.LastIndexByte(strings.TrimSuffix(s, "/"), '/'); j >= 0 {
		out = append(out, s[:j+1])
	}
	return out
}

// Classes of the policy automaton, as the parser writes them.
const (
	classPtrace = 9
	classSignal = 10
)

// Ptrace permission bits of the policy automaton, as probes of the
// parser show them.
var ptraceBits = map[string]uint32{"read": 0x4, "trace": 0x2, "readby": 0x10, "tracedby": 0x8}

// Ptrace says whether the profile allows a ptrace permission ("read",
// "trace", "readby", "tracedby") with a peer.
func (p *Profile) Ptrace(perm, peer string) bool {
	if p.policy == nil {
		return false
	}
	s := p.policy.match(1, string(rune(classPtrace))+peer)
	return p.policy.accept[s]&ptraceBits[perm] != 0
}

// SignalMap is how the parser numbers signals and their permissions in
// the policy automaton, found by probing it (see ProbeSignals).
type SignalMap struct {
	Numbers map[string]byte
	Perms   map[string]uint32
}

// ProbeSignals compiles a profile per signal and permission and reads
// back how the parser encodes them: the byte after the signal class
// that the rule matches, and the accept bit of send and receive.
func ProbeSignals(names []string) (*SignalMap, error) {
	var b strings.Builder
	for i, name := range names {
		fmt.Fprintf(&b, "profile s%d {\n  signal (send) set=(%s) peer=probe,\n}\n", i, name)
	}
	b.WriteString("profile send {\n  signal (send) set=(hup) peer=probe,\n}\nprofile receive {\n  signal (receive) set=(hup) peer=probe,\n}\n")
	profiles, err := Compile(b.String())
	if err != nil {
		return nil, err
	}
	m := &SignalMap{Numbers: map[string]byte{}, Perms: map[string]uint32{}}
	for i, name := range names {
		p := profiles[fmt.Sprintf("s%d", i)]
		for n := 0; n < 256; n++ {
			if p.signalAccept(byte(n), "probe") != 0 {
				m.Numbers[name] = byte(n)
			}
		}
		if _, ok := m.Numbers[name]; !ok {
			return nil, fmt.Errorf("cannot find how signal %q is encoded", name)
		}
	}
	for _, perm := range []string{"send", "receive"} {
		m.Perms[perm] = profiles[perm].signalAccept(m.Numbers["hup"], "probe")
	}
	return m, nil
}

func (p *Profile) signalAccept(n byte, peer string) uint32 {
	if p.policy == nil {
		return 0
	}
	s := p.policy.match(1, string([]byte{classSignal, n})+peer)
	return p.policy.accept[s]
}

// Signal says whether the profile allows a signal permission ("send",
// "receive") of a signal with a peer.
func (p *Profile) Signal(m *SignalMap, perm, signal, peer string) bool {
	n, ok := m.Numbers[signal]
	return ok && p.signalAccept(n, peer)&m.Perms[perm] != 0
}
