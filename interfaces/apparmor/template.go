// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package apparmor

import (
	"strconv"
	"strings"
	"sync"
	"text/template"

	"github.com/snapiface/snapiface/snap"
)

// profileData is what the profile template is executed with.
type profileData struct {
	Tag          string
	SnapName     string
	InstanceName string
	CommandName  string
	Revision     string
	ProfileDBus  string
	InstallDir   string
	ABI          ABI
	Confinement  snap.ConfinementType

	Interfaces      []interfaceRules
	DenyPtraceTrace bool
}

// executeHeader renders the profile up to its opening brace: what
// names the snap, the app or hook, and the host.
func (d *profileData) executeHeader() (string, error) {
	var b strings.Builder
	b.Grow(len(profileText) + 4*len(d.Tag) + 2*len(d.InstanceName) + 128)
	if err := headerTemplate.Execute(&b, d); err != nil {
		return "", err
	}
	return b.String(), nil
}

// executeBody renders the profile from its opening brace on: the base
// policy and the interfaces' rules, which name no app or hook, so that
// the apps of a snap with the same rules share a body.
func (d *profileData) executeBody() (string, error) {
	var b strings.Builder
	size := len(strictPolicyText) + 256
	for i := range d.Interfaces {
		size += d.Interfaces[i].len()
	}
	b.Grow(size)
	if err := bodyTemplate.Execute(&b, d); err != nil {
		return "", err
	}
	return b.String(), nil
}

// The values the header prints, in the order headerValues gives them.
const (
	holeTag = iota
	holeSnapName
	holeInstanceName
	holeCommandName
	holeRevision
	holeProfileDBus
	holeInstallDir
	numHeaderHoles
)

// headerValues returns the strings the header prints, by hole.
func (d *profileData) headerValues() []string {
	return []string{
		holeTag:          d.Tag,
		holeSnapName:     d.SnapName,
		holeInstanceName: d.InstanceName,
		holeCommandName:  d.CommandName,
		holeRevision:     d.Revision,
		holeProfileDBus:  d.ProfileDBus,
		holeInstallDir:   d.InstallDir,
	}
}

// headers holds the header of each confinement and ABI, rendered once
// with a mark for each value it prints. Neither is a hole: the flags
// depend on the confinement, and a hole would add two pieces to every
// profile for the few bytes of the ABI.
var headers [3][2]struct {
	once sync.Once
	h    *holes
	err  error
}

// headerHoles returns the header of a confinement (strict, devmode or
// classic) and an ABI, split at its holes.
func headerHoles(confinement snap.ConfinementType, abi ABI) (*holes, error) {
	i := 0
	switch confinement {
	case snap.DevModeConfinement:
		i = 1
	case snap.ClassicConfinement:
		i = 2
	}
	h := &headers[i][boolIndex(abi == ABI40)]
	h.once.Do(func() {
		marked := profileData{Confinement: confinement, ABI: abi}
		marked.Tag, marked.SnapName, marked.InstanceName, marked.CommandName = mark(holeTag), mark(holeSnapName), mark(holeInstanceName), mark(holeCommandName)
		marked.Revision, marked.ProfileDBus, marked.InstallDir = mark(holeRevision), mark(holeProfileDBus), mark(holeInstallDir)
		var text string
		if text, h.err = marked.executeHeader(); h.err == nil {
			h.h, h.err = splitHoles(text, numHeaderHoles)
		}
	})
	return h.h, h.err
}

// bodies holds the body of each kind of profile, classic or not, with
// the ptrace denial or without, of ABI 3.0 or 4.0, rendered once with a
// mark where the interfaces' rules go: the body prints their blocks one
// after the other, and nothing else that varies.
var bodies [2][2][2]struct {
	once sync.Once
	h    *holes
	err  error
}

// bodyHoles returns the body of a kind of profile, with one hole for
// the interfaces' rules.
func bodyHoles(classic, deny bool, abi ABI) (*holes, error) {
	b := &bodies[boolIndex(classic)][boolIndex(deny)][boolIndex(abi == ABI40)]
	b.once.Do(func() {
		marked := profileData{DenyPtraceTrace: deny, ABI: abi, Interfaces: []interfaceRules{{parts: []string{mark(0)}}}}
		if classic {
			marked.Confinement = snap.ClassicConfinement
		}
		var text string
		if text, b.err = marked.executeBody(); b.err == nil {
			b.h, b.err = splitHoles(text, 1)
		}
	})
	return b.h, b.err
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Classic says whether the profile is the unrestricted one.
func (d *profileData) Classic() bool { return d.Confinement == snap.ClassicConfinement }

// ClassicABI4Rules returns the rules a classic profile adds for the
// classes of rules ABI 4.0 has and 3.0 does not, which a profile of ABI
// 4.0 would otherwise deny.
func (d *profileData) ClassicABI4Rules() []string {
	if d.ABI != ABI40 {
		return nil
	}
	return []string{"userns,", "mqueue,"}
}

// Flags returns the profile flags: paths stay mediated when a file is
// reached outside the snap's mount namespace (attach_disconnected) or
// after it is deleted (mediate_deleted); devmode only logs denials.
func (d *profileData) Flags() string {
	if d.Confinement == snap.DevModeConfinement {
		return "attach_disconnected,mediate_deleted,complain"
	}
	return "attach_disconnected,mediate_deleted"
}

// interfaceRules is the rules one interface added to a profile, as the
// template writes them (see Block), kept as the parts of that text, so
// that they are written where they go without being joined first.
type interfaceRules struct {
	Interface string
	parts     []string
	// lines is the number of lines of Block.
	lines int
}

// newInterfaceRules lays out the snippets of one interface.
func newInterfaceRules(iface string, snippets []string) interfaceRules {
	r := interfaceRules{Interface: iface, parts: make([]string, 0, 2*len(snippets)), lines: 2}
	r.parts = append(r.parts, rulesComment(iface))
	for i, snippet := range snippets {
		if i > 0 {
			r.parts = append(r.parts, "\n")
			r.lines++
		}
		l := layOut(snippet)
		r.parts = append(r.parts, l.text)
		r.lines += l.lines
	}
	return r
}

// Block returns the lines the template writes for the interface, each
// after a newline: a blank line, a comment naming the interface, then
// its snippets indented and separated by blank lines.
func (r *interfaceRules) Block() string { return strings.Join(r.parts, "") }

// len returns the length of Block.
func (r *interfaceRules) len() int {
	n := 0
	for _, part := range r.parts {
		n += len(part)
	}
	return n
}

// layout is one snippet as a profile holds it: each line indented, after
// a newline, and how many lines that is.
type layout struct {
	text  string
	lines int
}

// layouts keeps the layout of the snippets rendered so far: most are
// the constant text of an interface, laid out again in every profile
// that has it. comments keeps the first lines of each interface's rules.
var (
	layouts  boundedCache[layout]
	comments boundedCache[string]
)

// maxCached is where a boundedCache stops growing: a daemon with as
// many distinct snippets (each label expression is one) only reaches
// it with thousands of connections.
const maxCached = 4096

// boundedCache maps strings to values computed from them, for the
// process, keeping at most maxCached of them.
type boundedCache[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

// get returns the value of key, computing it the first time.
func (c *boundedCache[V]) get(key string, compute func(string) V) V {
	c.mu.RLock()
	v, ok := c.m[key]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = compute(key)
	c.mu.Lock()
	if len(c.m) < maxCached {
		if c.m == nil {
			c.m = make(map[string]V)
		}
		c.m[key] = v
	}
	c.mu.Unlock()
	return v
}

// layOut returns the layout of a snippet.
func layOut(snippet string) layout { return layouts.get(snippet, newLayout) }

func newLayout(snippet string) layout {
	var b strings.Builder
	b.Grow(len(snippet) + 3*strings.Count(snippet, "\n") + 3)
	var l layout
	for rest := snippet; ; {
		line, more, found := strings.Cut(rest, "\n")
		b.WriteByte('\n')
		if line != "" {
			b.WriteString("  ")
			b.WriteString(line)
		}
		l.lines++
		if !found {
			break
		}
		rest = more
	}
	l.text = b.String()
	return l
}

// rulesComment returns the first two lines of an interface's rules, each
// after a newline: a blank line and a comment naming the interface.
func rulesComment(iface string) string {
	return comments.get(iface, func(iface string) string {
		return "\n\n  # Rules from interface " + strconv.Quote(iface) + "."
	})
}

// PtraceDenial returns the lines the template writes after the
// interfaces' rules when DenyPtraceTrace is set.
func (d *profileData) PtraceDenial() []string {
	if !d.DenyPtraceTrace {
		return nil
	}
	return []string{
		"",
		"  # Interfaces asked that ptrace trace be denied explicitly, to keep",
		"  # the audit log quiet, and none of this profile's interfaces uses it.",
		"  " + DenyPtraceTrace,
	}
}

// profileTemplate renders a whole profile, as "header" then "body".
// AppArmor's own @{VARIABLE} references are text to it, not actions.
var profileTemplate = template.Must(template.New("profile").Parse(
	`{{template "header" .}}{{template "body" .}}` + profileText + strictPolicyText + classicPolicyText))

// The parts of profileTemplate, looked up once.
var (
	headerTemplate = profileTemplate.Lookup("header")
	bodyTemplate   = profileTemplate.Lookup("body")
)

const profileText = `{{define "header"}}# AppArmor profile of {{.Tag}}, rendered by snapiface.
# Snap {{.InstanceName}}, revision {{.Revision}}, {{.Confinement}} confinement.
abi <abi/{{.ABI}}>,

#include <tunables/global>

# What the rules may refer to: the snap's name and instance name
# (name_key for a parallel install), the app or hook, the revision, the
# tag escaped as a D-Bus object path element, and where snaps are
# mounted.
@{SNAP_NAME}="{{.SnapName}}"
@{SNAP_INSTANCE_NAME}="{{.InstanceName}}"
@{SNAP_COMMAND_NAME}="{{.CommandName}}"
@{SNAP_REVISION}="{{.Revision}}"
@{PROFILE_DBUS}="{{.ProfileDBus}}"
@{INSTALL_DIR}="{{.InstallDir}}"

profile "{{.Tag}}" flags=({{.Flags}}) {{end}}
{{- define "body"}}{
{{- if .Classic}}{{template "classic" .}}{{else}}{{template "strict"}}{{end}}
{{- range .Interfaces}}{{.Block}}{{end}}
{{- range .PtraceDenial}}
{{.}}{{end}}
}
{{end}}`

// strictPolicyText is the base policy of a strict (or devmode) snap:
// what any confined app needs to run, and nothing that would reach
// outside the snap. Interfaces grant the rest.
//
// A parallel install (instance foo_x) finds its own install tree and
// data at the plain snap name too: its mount namespace maps them there,
// over those of the snap foo, which it therefore never sees. The rules
// name both with {@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}.
const strictPolicyText = `{{define "strict"}}
  # The loader, the C library and other libraries of the base snap
  # (mounted at / in the snap's mount namespace), locales and time
  # zones, logging to the journal, and signals, unix sockets and ptrace
  # read within this same profile.
  #include <abstractions/base>

  # The snap's own install tree, read-only. Its programs run under this
  # same profile (ix), so starting them gains nothing.
  @{INSTALL_DIR}/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/ r,
  @{INSTALL_DIR}/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/@{SNAP_REVISION}/ r,
  @{INSTALL_DIR}/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/@{SNAP_REVISION}/** mrix,

  # The snap's writable data: SNAP_DATA (per revision) and SNAP_COMMON
  # (shared by revisions), then the user's SNAP_USER_DATA and
  # SNAP_USER_COMMON, which only the user's own processes may use.
  # Programs the snap puts there run under this profile too: interpreted
  # and downloaded code is common, and gains nothing by running.
  /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/ r,
  /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/ r,
  /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/** mrwklix,
  owner @{HOME}/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/ r,
  owner @{HOME}/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/ r,
  owner @{HOME}/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/** mrwklix,

  # The per-user runtime directory of the snap (XDG_RUNTIME_DIR), and
  # POSIX shared memory and semaphores whose names start with the
  # snap's: the names of other snaps stay out of reach.
  owner /run/user/@{uid}/snap.@{SNAP_INSTANCE_NAME}/ rw,
  owner /run/user/@{uid}/snap.@{SNAP_INSTANCE_NAME}/** mrwkl,
  /{dev,run}/shm/snap.@{SNAP_INSTANCE_NAME}.** mrwkl,
  /{dev,run}/shm/sem.snap.@{SNAP_INSTANCE_NAME}.** mrwkl,

  # The snap's mount namespace gives it a /tmp of its own, so all of it
  # may be used; nothing there is run: programs a snap makes belong in
  # its data directories, and a writable, executable /tmp is where an
  # attack drops its payload.
  /tmp/ r,
  /tmp/** mrwkl,

  # How snaps run: snap-exec starts the app's command under this
  # profile, and snapctl, which apps and hooks run to read their
  # configuration and talk to snapd, reaches it through the socket
  # snapd keeps for snaps.
  /usr/lib/snapd/snap-exec mr,
  /usr/{bin,lib/snapd}/snapctl ixr,
  /run/snapd-snap.socket rw,

  # Shells and the everyday tools wrapper scripts call, from the base
  # snap. They run under this profile, so they can do nothing the app
  # could not do itself.
  /{,usr/}bin/{bash,dash,sh} ixr,
  /{,usr/}bin/{basename,cat,chmod,cp,cut,date,dirname,echo,env,expr,false,find,getopt,grep,gzip,head,id,ln,ls,mkdir,mktemp,mv,nice,printenv,printf,readlink,realpath,rm,rmdir,sed,seq,sleep,sort,stat,tail,tee,test,timeout,touch,tr,true,uname,uniq,wc,which,xargs} ixr,
  /{,usr/}bin/{,g,m}awk ixr,

  # Name lookups of the user's own ids, terminal descriptions, and what
  # the system is: the snap's mount namespace shows the host's /etc.
  /etc/{group,nsswitch.conf,passwd} r,
  /etc/{lsb-release,os-release} r,
  /{etc,usr/share}/terminfo/** r,

  # The devices every program may open: the data sinks and sources, the
  # randomness sources, the controlling terminal, and pseudo-terminals:
  # the ones the user owns and new ones, which are the opener's own.
  /dev/null rw,
  /dev/zero rw,
  /dev/full rw,
  /dev/random r,
  /dev/urandom r,
  /dev/tty rw,
  owner /dev/pts/[0-9]* rw,
  /dev/{,pts/}ptmx rw,

  # The app's own entries under /proc: owner keeps them to the user's
  # processes, and the kernel wants ptrace read on the process for the
  # sensitive ones (maps, environ, fd), which the rule below allows only
  # within this snap. Naming its threads writes their comm; a process
  # may make itself likelier to be killed when memory runs out.
  owner @{PROC}/@{pid}/ r,
  owner @{PROC}/@{pid}/{auxv,cgroup,cmdline,comm,environ,io,limits,loginuid,maps,mountinfo,mounts,sched,schedstat,sessionid,smaps,stat,statm,status,wchan} r,
  owner @{PROC}/@{pid}/{fd,fdinfo,task}/ r,
  owner @{PROC}/@{pid}/fdinfo/[0-9]* r,
  owner @{PROC}/@{pid}/task/@{tid}/ r,
  owner @{PROC}/@{pid}/task/@{tid}/{comm,stat,status} r,
  owner @{PROC}/@{pid}/{,task/@{tid}/}comm w,
  owner @{PROC}/@{pid}/oom_score_adj rw,

  # System-wide facts programs routinely read to size themselves.
  @{PROC}/{loadavg,uptime,version} r,
  @{PROC}/sys/kernel/{hostname,osrelease,ostype,pid_max} r,
  @{PROC}/sys/kernel/random/{boot_id,uuid} r,
  @{sys}/kernel/mm/transparent_hugepage/{enabled,hpage_pmd_size} r,

  # The snap's apps and hooks work together: they may signal and inspect
  # each other, and talk over unix sockets, abstract ones included when
  # named in the snap's own namespace. Nothing outside the snap.
  signal (send, receive) peer=snap.@{SNAP_INSTANCE_NAME}.*,
  ptrace (read) peer=snap.@{SNAP_INSTANCE_NAME}.*,
  unix peer=(label=snap.@{SNAP_INSTANCE_NAME}.*),
  unix (bind, listen, accept) addr="@snap.@{SNAP_INSTANCE_NAME}.**",

  # Never, whatever an interface grants: an explicit deny wins over any
  # allow, so it is kept to what no interface may need: the password and
  # group password hashes, their backups and old password hashes. Other
  # snaps' data, the user's files and the system's are not denied, only
  # not allowed: home, personal-files, system-files and content exist
  # to grant parts of them. In devmode these denials still hold.
  deny /etc/{,g}shadow{,-} mrwklx,
  deny /etc/security/opasswd mrwklx,
{{- end}}`

// classicPolicyText is the profile body of a classic snap, which runs
// as if it were not confined. The 3.0 ABI has no "all" rule; the
// unconfined profile flag, which apparmor_parser 3.0 accepts, is only
// honoured by newer kernels (older ones load such a profile without
// marking it unconfined), so every class of rule is allowed in its bare
// form instead, and in a profile of ABI 4.0 the classes that ABI adds
// (user namespaces, POSIX message queues) too: an AppArmor 4 kernel
// that restricts user namespaces would otherwise deny them.
const classicPolicyText = `{{define "classic"}}
  # Classic confinement: the snap runs as if unconfined. Every class of
  # rule of the profile's ABI is allowed in its bare form. File rules are
  # written out for exec to behave as it does unconfined: a program
  # with a profile of its own starts under it, any other under this one.
  /{,**} mrwlk,
  /** pix,
  capability,
  network,
  unix,
  dbus,
  signal,
  ptrace,
  mount,
  remount,
  umount,
  pivot_root,
  change_profile,
{{- range .ClassicABI4Rules}}
  {{.}}{{end}}
{{- end}}`
