// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "fmt"

// Policy text that several interfaces of system services share: the
// polkit query of services, the service side of NetworkManager
// (network-manager and network-manager-observe) and of Avahi
// (avahi-control and avahi-observe), owning a D-Bus name, serving a
// socket, watching device hotplug, and changing file owners. A snap
// that runs one of these services usually offers both slots of a pair;
// the text is identical for both, so its profile gets it once. Each
// piece is a group of rules with its own comment; an interface's policy
// text opens with its own "# Description:" line and appends the pieces
// it needs.

// polkitCheckAuthorizationAppArmor lets a system service ask the host's
// polkit whether a caller may do what it asks.
const polkitCheckAuthorizationAppArmor = `dbus (send)
    bus=system
    path=/org/freedesktop/PolicyKit1/Authority
    interface=org.freedesktop.PolicyKit1.Authority
    member=CheckAuthorization
    peer=(label=unconfined),
`

// What both network-manager and network-manager-observe grant between
// NetworkManager and its clients: listing the service's objects through
// the object manager above them, the service's signals, and its calls
// into a client's secret agent.
const (
	nmListObjectsAppArmor = `dbus (send)
    bus=system
    path=/org/freedesktop
    interface=org.freedesktop.DBus.ObjectManager
    member=GetManagedObjects
    peer=(label=###SLOT_SECURITY_TAGS###),
`
	nmFromServiceAppArmor = `dbus (receive)
    bus=system
    path={/org/freedesktop,/org/freedesktop/NetworkManager{,/**}}
    peer=(label=###SLOT_SECURITY_TAGS###),
`
	nmToClientAppArmor = `dbus (send)
    bus=system
    path={/org/freedesktop,/org/freedesktop/NetworkManager{,/**}}
    peer=(label=###PLUG_SECURITY_TAGS###),
`
)

const networkManagerServicePermanentSlotAppArmor = `
# Description: operate as the NetworkManager service: own its name on
# the system bus, and configure interfaces, addresses, routes and
# wireless devices.

# The system bus, and NetworkManager's names on it.
#include <abstractions/dbus-strict>
dbus (bind)
    bus=system
    name=org.freedesktop.NetworkManager{,.*},

# Ask polkit whether a caller may do what it asks; set the hostname
# through hostnamed; hear when the system goes to sleep.
` + polkitCheckAuthorizationAppArmor + `dbus (send)
    bus=system
    path=/org/freedesktop/hostname1
    interface=org.freedesktop.hostname1
    member={SetHostname,SetStaticHostname}
    peer=(label=unconfined),
dbus (receive)
    bus=system
    path=/org/freedesktop/login1
    interface=org.freedesktop.login1.Manager
    member=PrepareForSleep
    peer=(label=unconfined),

# Configure links, addresses and routes, run DHCP and router
# solicitation, and serve DHCP and DNS to shared connections.
capability net_admin,
capability net_raw,
capability net_bind_service,
network netlink raw,
network netlink dgram,
network packet raw,
network packet dgram,
network inet raw,
network inet6 raw,
network inet stream,
network inet6 stream,
network inet dgram,
network inet6 dgram,

# Kernel network settings per interface (forwarding, IPv6
# autoconfiguration and privacy), and the kernel's network tables.
@{PROC}/sys/net/ r,
@{PROC}/sys/net/** rw,
@{PROC}/@{pid}/net/ r,
@{PROC}/@{pid}/net/** r,

# Interfaces and wireless devices as sysfs and udev describe them, and
# rfkill to switch radios.
@{sys}/class/net/ r,
@{sys}/devices/**/net/** rw,
@{sys}/class/ieee80211/ r,
@{sys}/devices/**/ieee80211/** r,
@{run}/udev/data/* r,
/dev/rfkill rw,
@{sys}/class/rfkill/ r,
@{sys}/devices/**/rfkill[0-9]*/ r,
@{sys}/devices/**/rfkill[0-9]*/* r,
@{sys}/devices/**/rfkill[0-9]*/{soft,state} w,

# Its runtime state, including the resolv.conf it writes when it
# manages DNS.
@{run}/NetworkManager/ rw,
@{run}/NetworkManager/** rwk,
`

// networkManagerServicePermanentSlotSecComp is what the NetworkManager
// service needs to watch and configure the network; the network-manager
// slot adds serving and the rest of netlink (network_manager.go). The
// NetworkManager snap carries both slots; a snap serving only
// network-manager-observe serves through network-bind, as under the
// reference.
const networkManagerServicePermanentSlotSecComp = `
# Description: operate as the NetworkManager service.

# Netlink sockets to configure links, addresses and routes (route) and
# wireless devices (generic, for nl80211), and to follow device events
# (kobject uevent); packet sockets for DHCP; all bound before use.
socket AF_NETLINK - NETLINK_ROUTE
socket AF_NETLINK - NETLINK_GENERIC
socket AF_NETLINK - NETLINK_KOBJECT_UEVENT
socket AF_PACKET
bind
`

const avahiServicePermanentSlotAppArmor = `
# Description: operate as the Avahi daemon: own its name on the system
# bus, and announce and discover hosts and services over multicast DNS.

# The system bus, and Avahi's name on it.
#include <abstractions/dbus-strict>
dbus (bind)
    bus=system
    name=org.freedesktop.Avahi,

# Multicast DNS on UDP port 5353 over IPv4 and IPv6, and netlink to
# follow the host's interfaces and addresses.
network inet dgram,
network inet6 dgram,
network netlink raw,

# The runtime directory: pid file, and the socket that nss-mdns
# resolves names through.
@{run}/avahi-daemon/ rw,
@{run}/avahi-daemon/** rwk,

# After start the daemon chroots into its configuration directory and
# drops to its own user.
capability sys_chroot,
capability setuid,
capability setgid,
capability chown,
`

// dbusOwnNameRules lets a service own name (a checked bus name, or a
// pattern built from checked parts) on bus: bind it, and ask the bus
// daemon, which runs unconfined, to grant or release it.
func dbusOwnNameRules(bus, name string) string {
	return fmt.Sprintf(`# Own the name on the %[1]s bus, asking the bus daemon for it and
# giving it back.
dbus (bind) bus=%[1]s name=%[2]s,
dbus (send) bus=%[1]s path=/org/freedesktop/DBus interface=org.freedesktop.DBus member={RequestName,ReleaseName} peer=(name=org.freedesktop.DBus, label=unconfined),
`, bus, name)
}

// serverSocketSecComp lets a server create, bind and serve its socket:
// bind, listen and accept are not part of the base allow-list.
const serverSocketSecComp = `
# Serve clients on a listening socket.
bind
listen
accept
accept4
`

// soundCardsAppArmor is direct access to the sound cards through ALSA,

// udevMonitorSocketSecComp lets a process watch device hotplug: libudev
// opens a kobject-uevent netlink socket.
const udevMonitorSocketSecComp = `
# Watch device hotplug through libudev's uevent netlink socket.
socket AF_NETLINK - NETLINK_KOBJECT_UEVENT
`

// udevInputMonitorSecComp lets toolkits (Qt, SDL, browsers) that are not
// servers watch input device hotplug: libudev binds its uevent socket to
// the multicast group. bind takes no argument worth filtering (a socket
// and an address pointer), so it is allowed as a whole.
const udevInputMonitorSecComp = udevMonitorSocketSecComp + `
# Bind the uevent socket to its multicast group.
bind
`

// chownSecComp allows changing the owner of files, by every syscall
// that does (the 32-bit ones exist on 32-bit architectures only).
// AppArmor's chown and fowner capabilities decide whose files.
const chownSecComp = `chown
chown32
fchown
fchown32
fchownat
lchown
lchown32
`
