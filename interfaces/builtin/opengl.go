// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// opengl lets an app render and compute on the GPU through the host's
// graphics stack: the DRM card and render nodes, the proprietary NVIDIA
// devices and the host's NVIDIA userspace (GL, EGL, Vulkan, VDPAU, CUDA
// and OptiX libraries, which must match the host's kernel module, read
// from the host's filesystem under /var/lib/snapd/hostfs or from the
// copies snapd exports under /var/lib/snapd/lib), AMD's compute device,
// the GPUs of ARM boards (Mali, Vivante, PowerVR, VideoCore, Tegra), and
// the driver files the GL, EGL, Vulkan and OpenCL loaders read to pick
// a driver. The slot is the system's, on classic and on Ubuntu Core, and
// every plug auto-connects: any graphical app needs it.
//
// Of the host's filesystem only the driver's libraries and vendor files
// are read, by name, as under the reference: not the rest of the host's
// libraries, nor its /etc.
//
// Unlike the reference, it does not name the label Xorg for GLX's
// socket pair with the NVIDIA X driver: an unconfined X server needs no
// rule for it, and a confined one is a snap serving the x11 slot,
// whose connection is where its peer is named.
//
// Not rendered here: udev. The app's device cgroup admits the DRM,
// NVIDIA and accelerator nodes only once udev rules tag them for the
// app's security tag; a daemon using this library writes those rules
// itself.

const openglSummary = `allows access to the GPU for OpenGL, EGL, Vulkan and OpenCL`

const openglConnectedPlugAppArmor = `
# Description: render and compute on the GPU through the host's drivers.

# Pick a driver: the GLVND, EGL, Vulkan and OpenCL loaders read their
# vendor and ICD files, Mesa its per-application workarounds, libdrm its
# AMD GPU names, VDPAU its wrapper settings, and the NVIDIA driver its
# application profiles (which the reference's mount namespace shows at
# /usr/share/nvidia).
/etc/glvnd/{,**} r,
/usr/share/glvnd/{,**} r,
/usr/share/egl/{,**} r,
/etc/vulkan/{,**} r,
/usr/share/vulkan/{,**} r,
/etc/OpenCL/vendors/{,**} r,
/etc/drirc r,
/usr/share/drirc.d/{,**} r,
/usr/share/libdrm/amdgpu.ids r,
/etc/vdpau_wrapper.cfg r,
/usr/share/nvidia/{,**} r,

# Drivers snapd exports for snaps (the NVIDIA userspace matching the
# host's kernel module): read and map them.
/var/lib/snapd/lib/gl{,32}/ r,
/var/lib/snapd/lib/gl{,32}/** rm,
/var/lib/snapd/lib/glvnd/{,**} r,
/var/lib/snapd/lib/vulkan/{,**} r,
/var/lib/snapd/lib/system/gpu/{,**} rm,

# The host's NVIDIA userspace, in the host's library directories (both
# architectures of a multilib host) as the host's filesystem shows them:
# the directories may be listed (the NVIDIA container toolkit looks
# through them), and the driver's own libraries read and mapped, by
# name: GL, EGL, GLX, GLES and GLVND dispatch, Vulkan and OptiX, video
# decoding (NVDEC, VDPAU), GBM, the driver's internals, CUDA and its
# math libraries, and the DLLs Proton's DXVK-NVAPI loads.
/var/lib/snapd/hostfs/{,usr/}lib{,32,64,x32}/{,@{multiarch}/} r,
/var/lib/snapd/hostfs/{,usr/}lib{,32,64,x32}/{,@{multiarch}/}{,tls/}libnvidia*.so{,.*} rm,
/var/lib/snapd/hostfs/{,usr/}lib{,32,64,x32}/{,@{multiarch}/}lib{cuda,nvoptix,nvcuvid,GLdispatch}*.so{,.*} rm,
/var/lib/snapd/hostfs/{,usr/}lib{,32,64,x32}/{,@{multiarch}/}lib{GL,GLESv1_CM,GLESv2,EGL}*nvidia.so{,.*} rm,
/var/lib/snapd/hostfs/{,usr/}lib{,32,64,x32}/{,@{multiarch}/}{,nvidia*/}lib{OpenGL,GL,GLU,GLESv1_CM,GLESv2,EGL,GLX}.so{,.*} rm,
/var/lib/snapd/hostfs/{,usr/}lib{,32,64,x32}/{,@{multiarch}/}libnv{rm,dc,imp,os}*.so{,.*} rm,
/var/lib/snapd/hostfs/{,usr/}lib{,32,64,x32}/{,@{multiarch}/}vdpau/libvdpau_nvidia.so{,.*} rm,
/var/lib/snapd/hostfs/{,usr/}lib{,32,64,x32}/{,@{multiarch}/}gbm/nvidia-drm_gbm.so{,.*} rm,
/var/lib/snapd/hostfs/{,usr/}lib{,32,64,x32}/{,@{multiarch}/}lib{npp{c,ig,ial,icc,idei,ist,if,im,itc},cublas,cublasLt,cufft,cusolver,cuparse,curand,cudnn,nvrtc,nvToolsExt}*.so{,.*} rm,
/var/lib/snapd/hostfs/{,usr/}lib{,32,64,x32}/{,@{multiarch}/}nvidia/wine/*.dll rm,

# The host's NVIDIA vendor files: the Vulkan ICD, the GLVND EGL vendor
# and the EGL external platform (Wayland, GBM) descriptions.
/var/lib/snapd/hostfs/usr/share/vulkan/{icd.d,implicit_layer.d}/{,*nvidia*.json} r,
/var/lib/snapd/hostfs/usr/share/glvnd/egl_vendor.d/{,*nvidia*.json} r,
/var/lib/snapd/hostfs/usr/share/egl/egl_external_platform.d/{,*nvidia*.json} r,

# Render and compute through DRM: the card and render nodes, any of
# them (hybrid laptops, boards with a display and a render device).
/dev/dri/ r,
/dev/dri/card[0-9]* rw,
/dev/dri/renderD[0-9]* rw,
@{PROC}/sys/dev/i915/perf_stream_paranoid r,

# The proprietary NVIDIA driver: its devices, the parameters, GPU
# details and module list its userspace checks against the kernel
# module, and the sockets its libraries talk over (abstract datagram
# sockets named nvidia..., the X driver's).
/dev/nvidiactl rw,
/dev/nvidia[0-9]* rw,
/dev/nvidia-modeset rw,
/dev/nvidia-uvm rw,
/dev/nvidia-uvm-tools rw,
@{PROC}/driver/nvidia/params r,
@{PROC}/driver/nvidia/gpus/*/information r,
@{PROC}/driver/nvidia/capabilities/mig/monitor r,
@{PROC}/modules r,
/sys/module/nvidia/version r,
unix (send, receive) type=dgram peer=(addr="@nvidia[0-9a-f]*"),
/run/nvidia-xdriver-* rw,
unix (send, receive) type=dgram peer=(addr="@var/run/nvidia-xdriver-*"),

# CUDA: its unified-memory socket and shared memory, and what it checks
# of the kernel.
unix (bind, listen) type=seqpacket addr="@cuda-uvmfd-[0-9a-f]*",
/{dev,run}/shm/cuda.* rw,
@{PROC}/sys/vm/mmap_min_addr r,
@{PROC}/devices r,
/sys/devices/system/memory/block_size_bytes r,

# AMD's compute device (ROCm, OpenCL) and its topology.
/dev/kfd rw,
/sys/module/amdgpu/initstate r,
/sys/devices/virtual/kfd/kfd/{dev,uevent} r,
/sys/devices/virtual/kfd/kfd/topology/{,generation_id,system_properties} r,
/sys/devices/virtual/kfd/kfd/topology/nodes/[0-9]*/{,gpu_id,properties,io_links/[0-9]*/properties,caches/[0-9]*/properties,mem_banks/[0-9]*/properties} r,

# GPUs of boards: Mali, Vivante, PowerVR, VideoCore, Tegra (and its
# integrated GPU's nodes), Xilinx's zocl, and the DMA-BUF heaps their
# drivers allocate buffers from; Parallels guests' 3D pass-through.
/dev/mali[0-9]* rw,
/dev/dma_buf_te rw,
/dev/galcore rw,
/dev/pvr_sync rw,
/dev/vchiq rw,
/dev/vcsm-cma rw,
/dev/nvhost-* rw,
/dev/nvmap rw,
/dev/tegra_dc_ctrl rw,
/dev/tegra_dc_[0-9]* rw,
/dev/nvgpu/igpu[0-9]*/{power,ctrl,prof} rw,
/dev/host1x-fence rw,
/sys/module/tegra_fuse/parameters/tegra_* r,
/sys/devices/platform/amba{,_pl@[0-9]*}/amba{,_pl@[0-9]*}:zyxclmm_drm/* r,
/dev/dma_heap/ r,
/dev/dma_heap/* rw,
@{PROC}/driver/prl_vtg rw,

# Find the GPU: libdrm and the loaders read its PCI identity and
# resources from sysfs (behind PCIe controllers of boards too), its DRM
# attributes, and its udev records (DRM is character major 226).
/sys/class/drm/ r,
/sys/devices/**/drm{,_dp_aux_dev}/{,**} r,
/sys/bus/pci/devices/ r,
/sys/bus/platform/devices/soc:gpu/ r,
/sys/devices/{,*pcie-controller/,platform/{soc,scb}/*.pcie/}pci[0-9a-f]*/**/{vendor,device,subsystem_vendor,subsystem_device,revision,class,subsystem_class,config,resource,irq,boot_vga,uevent} r,
/run/udev/data/c226:[0-9]* r,
/run/udev/data/+drm:card* r,
/run/udev/data/+pci:[0-9a-f]* r,
/run/udev/data/+platform:soc:gpu* r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "opengl",
		notRendered:           []string{interfaces.BackendUDev},
		summary:               openglSummary,
		docURL:                "https://snapcraft.io/docs/opengl-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlot,
		connectedPlugAppArmor: openglConnectedPlugAppArmor,
	})
}
