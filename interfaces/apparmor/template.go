// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package apparmor

import (
	"bytes"
	"fmt"
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
	Confinement  snap.ConfinementType

	Interfaces      []interfaceRules
	DenyPtraceTrace bool
}

// execute renders the profile.
func (d *profileData) execute() (string, error) {
	var buf bytes.Buffer
	if err := profileTemplate.Execute(&buf, d); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// Classic says whether the profile is the unrestricted one.
func (d *profileData) Classic() bool { return d.Confinement == snap.ClassicConfinement }

// Flags returns the profile flags: paths stay mediated when a file is
// reached outside the snap's mount namespace (attach_disconnected) or
// after it is deleted (mediate_deleted); devmode only logs denials.
func (d *profileData) Flags() string {
	if d.Confinement == snap.DevModeConfinement {
		return "attach_disconnected,mediate_deleted,complain"
	}
	return "attach_disconnected,mediate_deleted"
}

// interfaceRules is the rules one interface added to a profile, one
// snippet per element, each split in lines.
type interfaceRules struct {
	Interface string
	Snippets  [][]string
}

// Lines returns the lines the template writes for the interface: a
// blank line, a comment naming the interface, then its snippets
// indented and separated by blank lines.
func (r interfaceRules) Lines() []string {
	lines := []string{"", fmt.Sprintf("  # Rules from interface %q.", r.Interface)}
	for i, snippet := range r.Snippets {
		if i > 0 {
			lines = append(lines, "")
		}
		for _, line := range snippet {
			if line == "" {
				lines = append(lines, "")
				continue
			}
			lines = append(lines, "  "+line)
		}
	}
	return lines
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

// origins attributes each rendered line to the interface that added it,
// checking that the interface rules sit where the template puts them:
// just before the ptrace denial and the closing brace.
func (d *profileData) origins(lines []string) ([]string, error) {
	var rules, ruleOrigins []string
	for _, r := range d.Interfaces {
		for _, line := range r.Lines() {
			rules = append(rules, line)
			ruleOrigins = append(ruleOrigins, r.Interface)
		}
	}
	// The closing brace follows the ptrace denial.
	tail := len(d.PtraceDenial()) + 1
	head := len(lines) - len(rules) - tail
	if head < 0 {
		return nil, fmt.Errorf("%d lines rendered, want more than %d", len(lines), len(rules)+tail)
	}
	for i, want := range rules {
		if lines[head+i] != want {
			return nil, fmt.Errorf("line %d is %q, want %q", head+i+1, lines[head+i], want)
		}
	}
	origins := make([]string, len(lines))
	copy(origins[head:], ruleOrigins)
	return origins, nil
}

// profileTemplate renders a whole profile. AppArmor's own @{VARIABLE}
// references are text to it, not actions.
var profileTemplate = template.Must(template.New("profile").Parse(profileText + strictPolicyText + classicPolicyText))

const profileText = `# AppArmor profile of {{.Tag}}, rendered by snapiface.
# Snap {{.InstanceName}}, revision {{.Revision}}, {{.Confinement}} confinement.
abi <abi/3.0>,

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

profile "{{.Tag}}" flags=({{.Flags}}) {
{{- if .Classic}}{{template "classic"}}{{else}}{{template "strict"}}{{end}}
{{- range .Interfaces}}{{range .Lines}}
{{.}}{{end}}{{end}}
{{- range .PtraceDenial}}
{{.}}{{end}}
}
`

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
// form instead.
const classicPolicyText = `{{define "classic"}}
  # Classic confinement: the snap runs as if unconfined. Every class of
  # rule of the 3.0 ABI is allowed in its bare form. File rules are
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
{{- end}}`
