// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// kernel-crypto-api lets an app use the kernel's crypto API through
// AF_ALG sockets, as libkcapi, OpenSSL's afalg engine and cryptsetup do:
// bind a socket to an algorithm (a hash, a cipher, an AEAD, a random
// number generator), accept an operation socket from it, and send data
// and read the result there, often from the kernel's crypto
// accelerators. The slot is the system's, on classic and Ubuntu Core;
// any snap may plug, and it is connected by hand.
//
// The seccomp rules open the AF_ALG family, which the base allow-list
// leaves out, and accept, through which every AF_ALG operation goes. No
// listen: a socket of another family accepts only once it listens,
// which takes listen (network-bind's) or a listening socket handed to a
// daemon by socket activation, which serves through network-bind too.
// Querying algorithms over the crypto netlink socket needs net_admin,
// and is not granted; /proc/crypto lists them.

const kernelCryptoAPISummary = `allows using the kernel's crypto API through AF_ALG sockets`

const kernelCryptoAPIConnectedPlugAppArmor = `
# Description: use the kernel's crypto API through AF_ALG sockets.

# AF_ALG sockets: bound to an algorithm, and the operation sockets
# accepted from them.
network alg seqpacket,

# The algorithms the kernel offers, their drivers and priorities.
@{PROC}/crypto r,
`

const kernelCryptoAPIConnectedPlugSecComp = `
# Description: use the kernel's crypto API through AF_ALG sockets.

# AF_ALG sockets, bound to an algorithm (the base allows bind); each
# operation gets its socket from accept on the bound one.
socket AF_ALG
accept
accept4
`

func init() {
	registerIface(&commonInterface{
		name:                  "kernel-crypto-api",
		summary:               kernelCryptoAPISummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: kernelCryptoAPIConnectedPlugAppArmor,
		connectedPlugSecComp:  kernelCryptoAPIConnectedPlugSecComp,
	})
}
