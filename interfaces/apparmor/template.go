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
// name both with {@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}. What is not
// remapped (/run, D-Bus and signal peers) is named by the instance.
//
// Two things a process might expect are left out on purpose: its mount
// table (/proc/PID/mountinfo and mounts), which names the host's
// devices and mount sources (mount-observe grants it), and ptrace read
// of the snap's other apps, which would give each app the memory maps,
// environment and descriptors of the others.
const strictPolicyText = `{{define "strict"}}
  # The loader, the C library and other libraries of the base snap
  # (mounted at / in the snap's mount namespace), locales and time
  # zones, logging to the journal, signals received from the system,
  # and signals, unix sockets and ptrace read within this same profile:
  # a process reads /proc/PID/maps, environ and fd of the children it
  # started (supervisors, worker pools, psutil), which the kernel checks
  # as ptrace read.
  #include <abstractions/base>

  # The snap's own install tree, read-only. Its programs run under this
  # same profile (ix), so starting them gains nothing. Files there may
  # be locked (k): read-only databases, jar and lock files shipped in
  # the snap. The other revisions still installed are readable, for a
  # refresh that compares or migrates what the previous one shipped.
  @{INSTALL_DIR}/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/ r,
  @{INSTALL_DIR}/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/@{SNAP_REVISION}/ r,
  @{INSTALL_DIR}/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/@{SNAP_REVISION}/** mrkix,
  @{INSTALL_DIR}/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/*/ r,
  @{INSTALL_DIR}/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/*/** r,

  # The snap's writable data: SNAP_DATA (per revision) and SNAP_COMMON
  # (shared by revisions), then the user's SNAP_USER_DATA and
  # SNAP_USER_COMMON, which only the user's own processes may use.
  # Programs the snap puts there run under this profile too: interpreted
  # and downloaded code is common, and gains nothing by running. The
  # data of other revisions is readable: after a refresh, the new
  # revision migrates what the previous one left (snapd copies SNAP_DATA
  # forward, but an app may read the old one to convert it).
  /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/ r,
  /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/ r,
  /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/** mrwklix,
  /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/*/ r,
  /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/*/** r,
  owner @{HOME}/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/ r,
  owner @{HOME}/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/ r,
  owner @{HOME}/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/** mrwklix,
  owner @{HOME}/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/*/ r,
  owner @{HOME}/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/*/** r,

  # The per-user runtime directory of the snap (XDG_RUNTIME_DIR), and
  # POSIX shared memory and semaphores whose names start with the
  # snap's: the names of other snaps stay out of reach.
  owner /run/user/@{uid}/snap.@{SNAP_INSTANCE_NAME}/ rw,
  owner /run/user/@{uid}/snap.@{SNAP_INSTANCE_NAME}/** mrwkl,
  /{dev,run}/shm/snap.@{SNAP_INSTANCE_NAME}.** mrwkl,
  /{dev,run}/shm/sem.snap.@{SNAP_INSTANCE_NAME}.** mrwkl,

  # The system-wide runtime directories of the snap's services, named
  # after the instance (nothing maps them): pid files, sockets and lock
  # files, as RuntimeDirectory= and /run/lock give other services.
  /run/snap.@{SNAP_INSTANCE_NAME}/ rw,
  /run/snap.@{SNAP_INSTANCE_NAME}/** rwkl,
  /run/lock/snap.@{SNAP_INSTANCE_NAME}/ rw,
  /run/lock/snap.@{SNAP_INSTANCE_NAME}/** rwkl,

  # The credentials systemd hands the app's service (LoadCredential=,
  # SetCredential=), in the directory it names CREDENTIALS_DIRECTORY:
  # the app's own only. The service is named after the security tag,
  # which is the profile's name; a hook has no service, so nothing
  # there is its own.
  /run/credentials/@{profile_name}.service/ r,
  /run/credentials/@{profile_name}.service/** r,

  # The journal of a quota group that has one of its own (journald runs
  # a namespace snap-GROUP for it, and the service logs there). The
  # group is not known when the profile is rendered, so any snap
  # namespace is allowed: logging is no privilege, the system journal
  # takes anyone's messages too.
  /run/systemd/journal.snap-*/{socket,dev-log} w,
  /run/systemd/journal.snap-*/stdout rw,

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

  # Shells, interpreters and the everyday tools of the base snap that
  # wrapper scripts, launchers and runtimes call. They run under this
  # profile, so they can do nothing the app could not do itself; none
  # is setuid. Newer bases ship the coreutils of uutils (and its
  # findutils and diffutils) as a farm of links named after each tool,
  # where /usr/bin's point; only the tools of this list run from there,
  # not the rest of /usr/lib/cargo/bin (sudo-rs lives there too).
  # python3 is the base's interpreter, also where snapcraft's Python
  # virtual environments link bin/python3; ldconfig -p reads the cache
  # only, and writing it is not allowed.
  /{,usr/}bin/{bash,dash,sh} ixr,
  /{usr/lib/cargo/bin/{coreutils,diffutils,findutils},{,usr/}bin}/{base32,base64,basename,cat,chmod,cksum,cmp,comm,cp,cut,date,dd,diff,dirname,du,echo,env,expr,false,find,fold,getopt,grep,egrep,fgrep,groups,gunzip,gzip,head,id,install,join,ln,ls,md5sum,mkdir,mkfifo,mktemp,mv,nice,nohup,nproc,numfmt,od,paste,printenv,printf,pwd,readlink,realpath,rm,rmdir,sed,seq,sha1sum,sha224sum,sha256sum,sha384sum,sha512sum,shuf,sleep,sort,split,stat,stdbuf,stty,sum,sync,tac,tail,tee,test,timeout,touch,tr,true,truncate,tty,uname,uniq,unlink,wc,which,whoami,xargs,yes,zcat} ixr,
  /{,usr/}bin/{,g,m}awk ixr,
  /{,usr/}bin/{bzip2,bunzip2,bzcat,clear,dbus-send,flock,free,getconf,getent,hostname,kill,less,lessfile,lesspipe,locale,logger,lsb_release,more,openssl,pgrep,pkill,ps,run-parts,setpriv,systemd-cat,tar,tput,udevadm,unxz,unzip,uptime,xz,xzcat,zip} ixr,
  /{,usr/}bin/python3{,.[0-9],.[0-9][0-9]} ixr,
  /{,usr/}bin/perl{,5.*} ixr,
  /{,usr/}sbin/{ldconfig,ldconfig.real,udevadm} ixr,
  /usr/lib{,exec}/coreutils/libstdbuf.so mr,
  /usr/share/perl{,5}/** r,
  /etc/perl/{,**} r,
  /etc/python3{,.[0-9]*}/sitecustomize.py r,

  # Name lookups of the user's own ids, terminal descriptions, and what
  # the system is: the snap's mount namespace shows the host's /etc.
  # Programs lock some of these files while they read them (k).
  /etc/{group,nsswitch.conf,passwd} r,
  /etc/{lsb-release,os-release} rk,
  /usr/lib/os-release rk,
  /{etc,usr/share,{,usr/}lib}/terminfo/** rk,
  /usr/share/zoneinfo/** k,

  # What the system says of itself and of its defaults, which programs
  # read on start: the machine's id (D-Bus, systemd and telemetry
  # libraries key on it), time zone, host and mail names, the system's
  # environment and release, the keyboard layout and NSS defaults,
  # MIME types, OpenSSL's configuration, udev's, and the shells'
  # start-up files (a login shell reads /etc/profile and what it
  # sources). None of them holds a secret; none is writable.
  /etc/{machine-id,timezone,hostname,mailname,environment,debian_version,mime.types} r,
  /var/lib/dbus/machine-id r,
  /etc/default/{keyboard,nss} r,
  /etc/ssl/openssl.cnf r,
  /etc/udev/udev.conf r,
  /etc/{profile,bash.bashrc,inputrc,bash_completion} r,
  /etc/{profile,bash_completion}.d/{,**} r,

  # Shared data of the base: the D-Bus services that can be started
  # (what dbus-send and libraries look up before calling one), the
  # releases of the distribution (lsb_release, distro-info), and bash's
  # completions, which an interactive bash.bashrc loads.
  /usr/share/dbus-1/{interfaces,services,system-services}/{,*} r,
  /usr/share/distro-info/{,*} r,
  /usr/share/bash-completion/{,**} r,

  # Listing the top of the tree, and where libraries are, as path
  # lookups, shells' completion and loaders' searches do. What the
  # entries hold is decided by the rules that name them; listing /home
  # names no more than /etc/passwd does.
  / r,
  /home/ r,
  /{,usr/}lib{,32,64}/ r,

  # The devices every program may open: the data sinks and sources, the
  # randomness sources (writing to them mixes data into the pool, as
  # seeding tools do, and credits nothing), the controlling terminal
  # and the console, and pseudo-terminals, any user's: an app run with
  # sudo is root on the user's terminal, and AppArmor checks inherited
  # descriptors again when the app starts. DAC keeps other users'
  # terminals from all but root, and seccomp denies the ioctls that type
  # into a terminal (TIOCSTI, TIOCLINUX).
  /dev/null rw,
  /dev/zero rw,
  /dev/full rw,
  /dev/{,u}random rw,
  /dev/tty rw,
  /dev/console rw,
  /dev/pts/[0-9]* rw,
  /dev/{,pts/}ptmx rw,

  # Listing device directories, as libraries that probe for terminals,
  # input, sound and GPUs do before they open anything: the names only.
  # Opening those devices takes an interface.
  /dev/ r,
  /dev/{dri,input,pts,snd}/ r,

  # The app's own entries under /proc: owner keeps them to the user's
  # processes, and the kernel wants ptrace read on the process for the
  # sensitive ones (maps, environ, fd), which only this profile has of
  # itself. Descriptors are opened again by path (cat /dev/stdin on a
  # pipe, tee /dev/stderr), memory use and NUMA placement are read by
  # allocators and runtimes, map_files lists the mappings. Naming its
  # threads writes their comm; a process may make itself likelier to be
  # killed when memory runs out. The mount table (mountinfo, mounts) is
  # left out: it names the host's devices and mount sources, and
  # mount-observe grants it.
  owner @{PROC}/@{pid}/ r,
  owner @{PROC}/@{pid}/{auxv,cgroup,cmdline,comm,cpuset,environ,io,limits,loginuid,maps,oom_score,sched,schedstat,sessionid,smaps,smaps_rollup,stat,statm,status,wchan} r,
  owner @{PROC}/@{pid}/{fd,fdinfo,map_files,task}/ r,
  owner @{PROC}/@{pid}/fd/[0-9]* rw,
  owner @{PROC}/@{pid}/fdinfo/[0-9]* r,
  owner @{PROC}/@{pid}/task/@{tid}/ r,
  owner @{PROC}/@{pid}/task/@{tid}/{comm,sched,schedstat,smaps,stat,statm,status} r,
  owner @{PROC}/@{pid}/{,task/@{tid}/}comm w,
  owner @{PROC}/@{pid}/{oom_adj,oom_score_adj} rw,
  owner @{PROC}/@{pid}/net/dev r,

  # Other processes as ps, pgrep and top show them: their ids, state
  # and command lines (status comes from abstractions/base). Their
  # memory, environment and descriptors stay out of reach: reading
  # those is ptrace read, which reaches only this profile.
  @{PROC}/ r,
  @{PROC}/@{pid}/{cmdline,stat} r,
  @{PROC}/tty/drivers r,

  # System-wide facts and limits programs read to size themselves:
  # runtimes size thread pools, file tables, pipes and inotify watches
  # by them, databases read the shared memory and listen backlog limits,
  # and sandboxes check the ptrace scope. Read only: writing any of
  # /proc/sys takes an interface.
  @{PROC}/{cgroups,cmdline,loadavg,uptime,version} r,
  @{PROC}/sys/fs/{file-max,file-nr,nr_open,pipe-max-size} r,
  @{PROC}/sys/fs/inotify/{max_queued_events,max_user_instances,max_user_watches} r,
  @{PROC}/sys/kernel/{hostname,osrelease,ostype,pid_max,shmall,shmmax,shmmni} r,
  @{PROC}/sys/kernel/random/{boot_id,entropy_avail,poolsize,uuid} r,
  @{PROC}/sys/kernel/yama/ptrace_scope r,
  @{PROC}/sys/vm/zone_reclaim_mode r,
  @{PROC}/sys/net/core/somaxconn r,
  @{sys}/kernel/mm/transparent_hugepage/{enabled,hpage_pmd_size} r,

  # The processors and memory nodes, as thread pools, allocators and
  # NUMA-aware runtimes (the JVM, hwloc, OpenMP) read them: which CPUs
  # exist, their topology, caches and frequencies, and the nodes with
  # their CPUs, distances and memory.
  @{sys}/devices/system/cpu/{isolated,kernel_max,offline,present} r,
  @{sys}/devices/system/cpu/cpu[0-9]*/ r,
  @{sys}/devices/system/cpu/cpu[0-9]*/online r,
  @{sys}/devices/system/cpu/cpu[0-9]*/{cache,cpufreq,topology}/{,**} r,
  @{sys}/devices/system/cpu/cpufreq/{,**} r,
  @{sys}/devices/system/node/ r,
  @{sys}/devices/system/node/{has_cpu,has_memory,has_normal_memory,online,possible} r,
  @{sys}/devices/system/node/node[0-9]*/ r,
  @{sys}/devices/system/node/node[0-9]*/{cpulist,cpumap,distance,meminfo} r,
  @{sys}/devices/system/node/node[0-9]*/hugepages/{,**} r,

  # The limits of control groups, wherever they are in the hierarchy
  # (the app's own cgroup is named after its unit, its parents after
  # slices): the JVM, Go, .NET and glibc's tunables size heaps and
  # thread pools by the CPU quota, memory limit and CPU set the service
  # runs under, cgroup v2 and v1. Limits, not usage: the memory and CPU
  # use of other services stays unread.
  @{sys}/fs/cgroup/{,**/}{cgroup.controllers,cpu.max,cpu.weight,cpuset.cpus.effective,cpuset.mems.effective,memory.high,memory.max,memory.swap.max,pids.max} r,
  @{sys}/fs/cgroup/{,**/}{cpu.cfs_period_us,cpu.cfs_quota_us,cpu.shares,cpuset.cpus,cpuset.effective_cpus,cpuset.effective_mems,memory.limit_in_bytes,memory.memsw.limit_in_bytes,memory.soft_limit_in_bytes} r,

  # Locking memory (mlock beyond RLIMIT_MEMLOCK, SHM_LOCK): key stores
  # keep secrets out of swap, databases and real-time audio pin their
  # buffers. Confining a process under a directory (chroot): servers
  # drop into an empty directory after start (privilege separation).
  # AppArmor keeps deciding by the real path, not the one inside the
  # chroot, so a chroot reaches nothing this profile does not already
  # allow, and seccomp keeps setuid and setgid bits from being set on
  # the files it could place there.
  capability ipc_lock,
  capability sys_chroot,

  # The snap's apps and hooks work together: they may signal each
  # other, talk over unix sockets, abstract ones included when named in
  # the snap's own namespace, and send each other D-Bus messages on any
  # bus an interface lets them reach. Nothing outside the snap, but
  # two things that come from it: signals from other snaps are
  # received (a launcher stopping the app it started), and so is data on
  # a stream socket another snap handed over (socketpair stdio of a
  # program one snap runs for another), without connecting to it.
  signal (send, receive) peer=snap.@{SNAP_INSTANCE_NAME}.*,
  signal (receive) peer=snap.*,
  unix peer=(label=snap.@{SNAP_INSTANCE_NAME}.*),
  unix (bind, listen, accept) addr="@snap.@{SNAP_INSTANCE_NAME}.**",
  unix (send, receive) type=stream peer=(label=snap.*),
  dbus (send, receive) peer=(label=snap.@{SNAP_INSTANCE_NAME}.*),

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
