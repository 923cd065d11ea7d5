// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

// browser-support lets an app run a web browser engine (Chromium, Firefox,
// and embedders such as Electron) with its multi-process architecture:
// renderer, GPU and utility processes sharing memory, tuning their own
// memory pressure, probing the hardware, and confining themselves further
// with seccomp filters. The slot is the system's, on classic and on
// Ubuntu Core; plugs auto-connect.
//
// The plug's allow-sandbox attribute (bool, default false) decides about
// the browser's own sandbox, which puts renderers in new user, PID and
// network namespaces and chroots them into an empty directory. With it,
// the plug gets the capabilities that takes inside those namespaces and
// ptrace over its own processes; such a plug does not auto-connect (the
// base declaration denies auto-connection to plugs that set it). Without
// it, the browser runs with its sandbox off, and ptrace trace, which its
// crash handler probes, is denied quietly.
//
// With allow-sandbox, a profile of ABI 4.0 also gets "userns,": an
// AppArmor 4 kernel, which current Ubuntu releases use to restrict
// unprivileged user namespaces, denies creating them to a profile
// without it, and the sandbox fails to start. A profile of ABI 3.0 goes
// without the rule, which its parser does not know: AppArmor does not
// mediate creating user namespaces under that ABI, so the sandbox gets
// them as the kernel's own settings allow (user.max_user_namespaces,
// and kernel.unprivileged_userns_clone where the kernel has it).
//
// With allow-sandbox it grants, as the reference does, what the
// sandbox helpers need: Chromium's and Firefox's namespace sandboxes
// and the set-user-id chrome-sandbox of Chrome builds (capabilities to
// chroot, drop ids and supervise), the descriptors sandboxed processes
// reach through /proc, the devices the browser lists for its settings
// and WebUSB, and RealtimeKit for realtime threads (with a minimal
// client's system bus rules, until the catalogue shares them).
// Differences from the reference's sandbox rules: ptrace trace is
// within this profile only, not every app of the snap (the zygote and
// crash handler are the browser's own processes); Google Cloud Print's
// abstract socket is left out (the service closed in 2020).
//
// Syscalls, as in the reference, but for these differences: mknod of
// character devices, which the reference allows because Chromium tries
// to create /dev/nvidiactl and its filter once killed what it denied,
// fails here with EPERM, as the kernel would fail it without mknod;
// quotactl (allow-sandbox) reads quotas only; and the set*id calls,
// chroot and sched_setscheduler the reference adds with allow-sandbox
// are in the base policy.

const browserSupportSummary = `allows running a web browser engine`

const browserSupportBaseDeclarationPlugs = `
deny-auto-connection:
  plug-attributes:
    allow-sandbox: "true"
`

const browserSupportConnectedPlugAppArmor = `
# Description: run a web browser engine's processes.

# Renderer, GPU and utility processes share memory through named files
# in /dev/shm (Chromium and its embedders, Chrome, Firefox).
owner /{dev,run}/shm/{,.}org.chromium.* mrw,
owner /{dev,run}/shm/{,.}com.google.Chrome.* mrw,
owner /{dev,run}/shm/org.mozilla.ipc.* mrw,
owner /{dev,run}/shm/wayland.mozilla.ipc.* mrw,

# Under memory pressure, have the kernel kill background renderers first,
# and watch the pressure to shed caches.
owner @{PROC}/@{pid}/oom_score_adj rw,
@{PROC}/pressure/memory r,
@{PROC}/vmstat r,

# Size thread pools and caches from the CPU topology, memory and kernel
# limits.
/sys/devices/system/cpu/ r,
/sys/devices/system/cpu/** r,
/sys/devices/system/node/ r,
/sys/devices/system/node/node[0-9]*/meminfo r,
@{PROC}/sys/fs/inotify/max_user_watches r,
@{PROC}/sys/kernel/yama/ptrace_scope r,
@{PROC}/sys/net/core/somaxconn r,

# Pick GPU workarounds from the GPU's PCI identity.
/sys/bus/pci/devices/ r,
/sys/devices/pci[0-9a-f]*/**/{vendor,device,subsystem_vendor,subsystem_device,revision,class} r,

# Gamepad API: enumerate game controllers through udev.
/sys/class/input/ r,
/sys/devices/**/input[0-9]*/{name,phys,uniq,id/*,capabilities/*,uevent} r,
/run/udev/data/c13:[0-9]* r,

# Read the policies an administrator sets for the browser.
/etc/chromium/ r,
/etc/chromium/** r,
/etc/opt/chrome/ r,
/etc/opt/chrome/** r,
/etc/firefox/ r,
/etc/firefox/** r,
`

const browserSupportConnectedPlugSecComp = `
# Description: run a web browser engine's processes.

# Browsers confine their child processes with seccomp filters of their
# own, which can only narrow what those processes may do.
seccomp

# A browser serves local sockets of its own: the process singleton
# (Chromium's SingletonSocket in the profile, which a second launch
# hands its URLs to) and the remote debugging endpoint.
listen
accept
accept4

# Background tabs' renderers and low-priority threads get a higher nice
# value, named by their process or thread id (the base allows the
# caller's own only); raising one back above the default needs sys_nice.
setpriority PRIO_PROCESS
` + udevInputMonitorSecComp

// crashReporterPtraceSecComp lets a crash reporter read a crashed
// process of its own (Breakpad, Crashpad): attach, read its registers
// and memory, let it go, and nothing that writes registers or memory,
// which could steer a process past its seccomp filter. PTRACE_GETREGS,
// PTRACE_GETFPREGS and PTRACE_GETFPXREGS have no name of their own in
// the policy syntax: they are x86's and arm's 12, 14 and 18 (18 reads
// arm's iWMMXt registers), and name no request on arm64. AppArmor's
// ptrace rules decide which processes.
const crashReporterPtraceSecComp = `
# A crash reporter reads the crashed process (Breakpad, Crashpad):
# attach, read registers (PTRACE_GETREGS 12, PTRACE_GETFPREGS 14,
# PTRACE_GETFPXREGS 18, PTRACE_GETREGSET) and memory, resume and detach;
# nothing that writes to it.
ptrace PTRACE_ATTACH
ptrace PTRACE_DETACH
ptrace PTRACE_CONT
ptrace PTRACE_PEEKDATA
ptrace PTRACE_PEEKUSR
ptrace PTRACE_GETREGSET
ptrace 12
ptrace 14
ptrace 18
`

const browserSupportSandboxAppArmor = `
# Description: run the browser's own sandbox (allow-sandbox).

# Start renderers in new user, PID and network namespaces: write their
# id maps, and read the kernel's limits on namespaces.
owner @{PROC}/@{pid}/{uid_map,gid_map,setgroups} rw,
@{PROC}/sys/kernel/unprivileged_userns_clone r,
@{PROC}/sys/user/max_user_namespaces r,

# Inside the new namespaces, or in the set-user-id sandbox helper
# (chrome-sandbox) where the browser ships one, create the PID and
# network namespaces, chroot each renderer into an empty directory and
# drop to the renderer's ids; the capabilities are the namespace's
# (or the helper's), which AppArmor still checks.
capability sys_admin,
capability sys_chroot,
capability setuid,
capability setgid,
capability chown,
capability fsetid,

# The zygote and the crash handler supervise the sandboxed processes,
# which run under this same profile, in namespaces of their own.
capability sys_ptrace,
ptrace (read, trace) peer=@{profile_name},

# Sandboxed processes reach files the browser passes them by
# descriptor through /proc, measure their memory by clearing their page
# references, and share memory under WebKit's and Chromium's names.
owner @{PROC}/@{pid}/fd/[0-9]* w,
owner @{PROC}/@{pid}/clear_refs w,
owner /{dev,run}/shm/WK2SharedMemory.* mrw,
owner /{dev,run}/shm/shmfd-* mrw,

# The devices the browser lists for its settings and for WebUSB,
# WebHID and WebSerial (by udev records and sysfs attributes), and the
# machine's maker and model (Chrome's hardware platform API).
/run/udev/data/c{1,4,5,7,10,13,21,29,81,89,108,116,180,189,202,203,241}:[0-9]* r,
/run/udev/data/c2{4[0-9],5[0-4]}:[0-9]* r,
/run/udev/data/b{1,7,8,11,230,252,253,259}:[0-9]* r,
/run/udev/data/n[0-9]* r,
/run/udev/data/+{hid,acpi,i2c,backlight,leds}:* r,
/run/udev/data/+input:input[0-9]* r,
/run/udev/data/+sound:card[0-9]* r,
/run/udev/data/+hwmon:hwmon[0-9]* r,
/run/udev/data/+bluetooth:hci[0-9]* r,
/run/udev/data/+rfkill:rfkill[0-9]* r,
/run/udev/data/+usb:[0-9]* r,
/sys/bus/**/devices/ r,
/sys/devices/**/{bConfigurationValue,descriptors,manufacturer,product,revision,serial,vendor} r,
/sys/devices/virtual/dmi/id/{product_name,sys_vendor} r,

# Which program opens which type (mailcap, the desktop's defaults).
/etc/mailcap r,
/usr/share/applications/ r,
/usr/share/applications/{mimeapps.list,xdg-open.desktop} r,

# Realtime priority for audio and video threads, through RealtimeKit on
# the system bus (a minimal client's bus rules: connect and say hello).
/{,var/}run/dbus/system_bus_socket rw,
dbus (send)
    bus=system
    path=/org/freedesktop/DBus
    interface=org.freedesktop.DBus
    member={Hello,AddMatch,RemoveMatch}
    peer=(name=org.freedesktop.DBus, label=unconfined),
dbus (send)
    bus=system
    path=/org/freedesktop/RealtimeKit1
    interface=org.freedesktop.RealtimeKit1
    member=MakeThread{HighPriority,Realtime,RealtimeWithPID}
    peer=(name=org.freedesktop.RealtimeKit1, label=unconfined),
dbus (send)
    bus=system
    path=/org/freedesktop/RealtimeKit1
    interface=org.freedesktop.DBus.Properties
    member=Get
    peer=(name=org.freedesktop.RealtimeKit1, label=unconfined),
`

// browserSupportSandboxUserNSAppArmor needs apparmor.FeatureUserNS.
const browserSupportSandboxUserNSAppArmor = `
# Create the user namespaces the sandbox starts renderers in, which a
# profile of ABI 4.0 must allow.
userns,
`

const browserSupportSandboxSecComp = `
# Description: run the browser's own sandbox (allow-sandbox).

# Put renderers in new namespaces (the base has chroot, into an empty
# directory).
unshare

# Pin renderer and compositor threads to processors, by thread id (the
# base allows the caller's own only).
sched_setaffinity

# Disk quotas, which the reference gives the sandbox (for Firefox's):
# read only here, where the reference allows every command.
` + quotaReadSecComp + crashReporterPtraceSecComp

// browserSupportInterface checks allow-sandbox, and adds the sandbox's
// policy and the matching ptrace stance.
type browserSupportInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*browserSupportInterface)(nil)
	_ interfaces.AttributeDescriber = (*browserSupportInterface)(nil)
	_ interfaces.PlugSanitizer      = (*browserSupportInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*browserSupportInterface)(nil)
	_ seccomp.ConnectedPlugDefiner  = (*browserSupportInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *browserSupportInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, err := boolAttr(plug.Attrs, browserAllowSandbox, false); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// browserAllowSandbox is the plug attribute that asks for the sandbox.
const browserAllowSandbox = "allow-sandbox"

// browserSandboxAsked says whether the plug asks for the browser's sandbox.
// Only the static attribute, which the sanitizer checked, counts.
func browserSandboxAsked(plug *interfaces.ConnectedPlug) (bool, error) {
	return boolAttr(plug.StaticAttrs(), browserAllowSandbox, false)
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *browserSupportInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	if err := iface.commonInterface.AppArmorConnectedPlug(spec, plug, slot); err != nil {
		return err
	}
	if sandbox, err := browserSandboxAsked(plug); err != nil {
		return err
	} else if sandbox {
		spec.AddSnippet(browserSupportSandboxAppArmor)
		spec.AddFeatureSnippet(apparmor.FeatureUserNS, browserSupportSandboxUserNSAppArmor)
		spec.SetUsesPtraceTrace()
	} else {
		spec.SetSuppressPtraceTrace()
	}
	return nil
}

// SecCompConnectedPlug implements seccomp.ConnectedPlugDefiner.
func (iface *browserSupportInterface) SecCompConnectedPlug(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	if err := iface.commonInterface.SecCompConnectedPlug(spec, plug, slot); err != nil {
		return err
	}
	sandbox, err := browserSandboxAsked(plug)
	if err != nil {
		return err
	}
	if sandbox {
		spec.AddSnippet(browserSupportSandboxSecComp)
	}
	return nil
}

// browserSupportAttributes describes the plug's "allow-sandbox".
var browserSupportAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "allow-sandbox", Type: interfaces.AttrTypeBool, Default: "false",
		Description: "true lets the browser run its own sandbox: the capabilities it takes inside new user, PID and network namespaces, ptrace over its own processes, and, on AppArmor 4, creating user namespaces. Such a plug never auto-connects.",
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "a browser engine with its sandbox off", Plug: map[string]interface{}{}},
		{Title: "a browser that runs its own sandbox", Plug: map[string]interface{}{"allow-sandbox": true}},
	},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *browserSupportInterface) Attributes() interfaces.AttributeDoc {
	return browserSupportAttributes
}

func init() {
	registerIface(&browserSupportInterface{commonInterface{
		name:                  "browser-support",
		summary:               browserSupportSummary,
		docURL:                "https://snapcraft.io/docs/browser-support-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  browserSupportBaseDeclarationPlugs,
		baseDeclarationSlots:  systemSlot,
		connectedPlugAppArmor: browserSupportConnectedPlugAppArmor,
		connectedPlugSecComp:  browserSupportConnectedPlugSecComp,
	}})
}
