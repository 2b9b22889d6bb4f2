console.log('fly-webrtc-probe')
