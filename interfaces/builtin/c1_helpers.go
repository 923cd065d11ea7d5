// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// What several interfaces of the network and system service group
// share: two slot rules of the base declaration, the polkit query of
// services, and the service side of NetworkManager (network-manager and
// network-manager-observe) and of Avahi (avahi-control and
// avahi-observe). A snap that runs one of these services usually offers
// both slots; the text is identical for both, so its profile gets it
// once.

// Slot rules of the base declaration.
const (
	// systemOnlySlotsNoAutoConnect: only the system carries the slot,
	// and plugs are connected to it by hand.
	systemOnlySlotsNoAutoConnect = `
allow-installation:
  slot-snap-type:
    - core
deny-auto-connection: true
`

	// hostOrAppServiceSlots: the slot of a service that the host runs
	// on classic, or that an app snap runs. A provider snap is trusted
	// with what the service does, so off classic connecting to an app's
	// slot needs a snap declaration; nothing auto-connects.
	hostOrAppServiceSlots = `
allow-installation:
  slot-snap-type:
    - app
    - core
deny-connection:
  on-classic: false
deny-auto-connection: true
`
)

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
@{sys}/devices/**/rfkill/** rw,

# Its runtime state, including the resolv.conf it writes when it
# manages DNS.
@{run}/NetworkManager/ rw,
@{run}/NetworkManager/** rwk,
`

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

# Shared connections serve DHCP and DNS to their clients.
listen
accept
accept4
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

const avahiServicePermanentSlotSecComp = `
# Description: operate as the Avahi daemon.

# Bind the mDNS port and the daemon's socket, accept nss-mdns clients,
# and follow the host's addresses over route netlink.
socket AF_NETLINK - NETLINK_ROUTE
bind
listen
accept
accept4

# Confine itself to its configuration directory after start.
chroot
`
