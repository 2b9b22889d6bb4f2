var __webpack_exports__ = {};
console.log('fly-webrtc-probe');


