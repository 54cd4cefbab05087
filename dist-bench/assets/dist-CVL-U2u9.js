import{r as e,t}from"./rolldown-runtime-XKyaHtl9.js";import{$ as n,$a as r,$i as i,$t as a,Aa as o,Ai as s,Ar as c,Ba as l,Bi as u,Br as d,C as f,Ca as p,Co as m,Cr as h,D as g,Da as _,Di as v,Dr as y,E as b,Ea as x,Ei as S,En as C,Er as w,Fa as T,Fr as E,Gi as D,Gr as O,Ha as k,Hi as A,Hr as j,Ia as ee,Ii as M,Ir as te,Ja as N,Ji as P,Jr as ne,Jt as F,Ka as re,Ki as ie,Kr as ae,La as oe,Li as I,Ln as L,Lo as R,Ma as se,Mi as ce,Mn as le,Mr as z,Na as ue,Ni as de,No as B,Nt as V,O as fe,Oa as pe,Oi as me,Or as he,Pa as ge,Pi as _e,Pr as ve,Q as ye,Qa as H,Qi as be,Qr as xe,Qt as Se,Ra as Ce,Ri as we,S as Te,Sa as Ee,Si as De,So as U,Sr as Oe,T as ke,Ta as Ae,Tr as je,Ua as Me,Ui as Ne,Uo as Pe,Ur as Fe,Va as Ie,Vi as Le,Wa as Re,Wi as ze,Wo as Be,Wr as Ve,Xa as W,Xi as He,Xr as Ue,Xt as G,Ya as We,Yi as Ge,Yr as Ke,Yt as qe,Z as Je,Za as Ye,Zi as Xe,Zr as Ze,Zt as Qe,_ as $e,_a as et,_i as tt,_r as nt,_t as rt,aa as it,ar as at,b as ot,ba as st,bi as ct,br as lt,c as ut,ci as dt,co as ft,cr as pt,di as mt,dn as ht,dr as gt,ea as _t,eo as vt,et as yt,f as bt,fa as xt,fi as St,fn as Ct,ft as wt,ga as Tt,gi as Et,go as K,gr as Dt,gt as Ot,ha as kt,hn as At,hr as jt,ht as Mt,i as Nt,ia as Pt,ii as Ft,io as It,ja as Lt,ji as Rt,jr as zt,k as Bt,ka as Vt,ki as Ht,kr as Ut,l as Wt,li as Gt,ln as Kt,lt as qt,m as Jt,ma as Yt,mi as Xt,mn as Zt,mo as Qt,mr as $t,mt as en,n as tn,na as nn,ni as rn,nn as an,no as on,nt as sn,oa as cn,oo as ln,pa as un,pi as dn,pn as fn,po as pn,pt as mn,qa as hn,qi as gn,qr as _n,r as vn,ra as yn,ri as bn,ro as xn,s as Sn,si as Cn,so as wn,t as Tn,ta as En,ti as Dn,to as On,tt as kn,ua as An,ui as jn,un as Mn,uo as q,ut as Nn,v as Pn,va as Fn,vi as In,vr as Ln,w as Rn,wa as zn,wi as Bn,wr as Vn,x as Hn,xa as Un,xi as Wn,xr as Gn,y as Kn,ya as qn,yi as Jn,yr as Yn,za as Xn,zi as Zn,zr as Qn}from"./Unique_impl-DDiC98rV.js";import{t as $n}from"./lab.worker-B7cJC5tr.js";
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
var J;(function(e){e[e.float32=0]=`float32`,e[e.int32=1]=`int32`,e[e.bool=2]=`bool`,e[e.string=3]=`string`,e[e.complex64=4]=`complex64`})(J||={});var er;(function(e){e[e.linear=0]=`linear`,e[e.relu=1]=`relu`,e[e.relu6=2]=`relu6`,e[e.prelu=3]=`prelu`,e[e.leakyrelu=4]=`leakyrelu`,e[e.sigmoid=5]=`sigmoid`,e[e.elu=6]=`elu`})(er||={});
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let tr;function nr(e){tr=e.wasm.cwrap(wn,null,[`number`,`array`,`number`,`number`,`array`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function rr(e){let{inputs:t,backend:n,attrs:r}=e,{a:i,b:a,bias:o,preluActivationWeights:s}=t;if(i.dtype!==`float32`||a.dtype!==`float32`)throw Error(`_FusedMatMul for non non-float32 tensors not yet supported.`);let{transposeA:c,transposeB:l,activation:u,leakyreluAlpha:d}=r,f=n.dataIdMap.get(i.dataId).id,p=n.dataIdMap.get(a.dataId).id,m=0;if(o!=null){let e=n.dataIdMap.get(o.dataId);if(e.shape.length!==1)throw Error(`_FusedMatMul only supports rank-1 bias but got rank ${e.shape.length}.`);m=e.id}let h=s==null?0:n.dataIdMap.get(s.dataId).id,g=er[u];if(g==null)throw Error(`${u} activation not yet supported for FusedConv2D in the wasm backend.`);let _=c?i.shape[2]:i.shape[1],v=l?a.shape[1]:a.shape[2],y=an(i.shape.slice(0,-2),a.shape.slice(0,-2)),b=n.makeOutput([...y,_,v],i.dtype),x=n.dataIdMap.get(b.dataId).id,S=new Uint8Array(new Int32Array(i.shape).buffer),C=new Uint8Array(new Int32Array(a.shape).buffer);return tr(f,S,i.shape.length,p,C,a.shape.length,c,l,g,m,h,d||0,x),b}const ir={kernelName:wn,backendName:`wasm`,setupFunc:nr,kernelFunc:rr};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function Y(e,t){let n;function r(t){n=t.wasm.cwrap(e,null,[`number`,`number`,`number`])}function i(e){let{backend:r,inputs:{x:i}}=e,a=r.dataIdMap.get(i.dataId).id,o=r.makeOutput(i.shape,t||i.dtype),s=r.dataIdMap.get(o.dataId).id;return R(o.shape)===0||n(a,J[i.dtype],s),o}return{kernelName:e,backendName:`wasm`,setupFunc:r,kernelFunc:i}}
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
const ar=Y(`Abs`),or=Y($t),sr=Y(jt)
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function X(e,t,n){let r;function i(t){r=t.wasm.cwrap(e,null,[`number`,`array`,`number`,`number`,`array`,`number`,`number`,`number`])}function a(e){let{backend:t,inputs:i}=e,{a,b:o}=i,s=t.dataIdMap.get(a.dataId).id,c=t.dataIdMap.get(o.dataId).id,l=n??a.dtype,u=an(a.shape,o.shape),d=t.makeOutput(u,l);if(R(u)===0)return d;let f=new Uint8Array(new Int32Array(a.shape).buffer),p=new Uint8Array(new Int32Array(o.shape).buffer),m=t.dataIdMap.get(d.dataId).id;return r(s,f,a.shape.length,c,p,o.shape.length,J[a.dtype],m),d}return{kernelName:e,backendName:`wasm`,setupFunc:i,kernelFunc:a}}
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
const cr=X(`Add`,!0);
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let lr;function ur(e){lr=e.wasm.cwrap(Dt,null,[`array`,`number`,`number`,`number`])}function dr(e){let{inputs:t,backend:n}=e,r=n.makeOutput(t[0].shape,t[0].dtype);if(R(r.shape)===0)return r;let i=t.map(e=>n.dataIdMap.get(e.dataId).id),a=new Uint8Array(new Int32Array(i).buffer),o=n.dataIdMap.get(r.dataId).id;return lr(a,i.length,J[r.dtype],o),r}const fr={kernelName:Dt,backendName:`wasm`,setupFunc:ur,kernelFunc:dr};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function pr(e){let{inputs:{x:t},backend:n}=e;if(t.dtype===`string`)return $n(n.readSync(t.dataId),t.shape,t.dtype);let r=n.makeOutput(t.shape,t.dtype),i=n.typedArrayFromHeap(t);return n.typedArrayFromHeap(r).set(i),r}const mr={kernelName:Bn,backendName:`wasm`,kernelFunc:pr};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let hr;function gr(e){hr=e.wasm.cwrap(on,null,[`number`,`array`,`number`,`number`,`number`,`array`,`number`])}function Z(e){let{inputs:t,backend:n,attrs:r}=e,[i,a]=vr(t.x.shape,r.perm),o=!0;for(let e=0;e<a.length;e++)a[e]!==e&&(o=!1);let s=_r(t.x.shape,r.perm),c={dataId:t.x.dataId,shape:i,dtype:t.x.dtype};if(o){let e=pr({inputs:t,backend:n});return e.shape=s,e}let l=n.makeOutput(s,c.dtype),u=n.dataIdMap.get(c.dataId).id,d=n.dataIdMap.get(l.dataId).id,f=new Uint8Array(new Int32Array(a).buffer),p=new Uint8Array(new Int32Array(c.shape).buffer);return hr(u,p,c.shape.length,J[c.dtype],d,f,a.length),l}function _r(e,t){let n=Array(e.length);for(let r=0;r<n.length;r++)n[r]=e[t[r]];return n}function vr(e,t){let n=[],r=[];for(let i=0;i<e.length;++i)e[i]!==1&&n.push(e[i]),e[t[i]]!==1&&r.push(t[i]);for(let e=0;e<r.length;++e){let t=-1;for(let n=0;n<r.length;++n)r[n]>=e&&(t===-1||r[t]>r[n])&&(t=n);r[t]=e}return[n,r]}const yr={kernelName:on,backendName:`wasm`,kernelFunc:Z,setupFunc:gr};
/**
* @license
* Copyright 2020 Google Inc. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function br(e,t,n){let r=e.shape,i=e.shape.length,a=B(t,r),o=a,s=Qe(o,i),c=null,l=!1;if(s!=null){let t=Array(i);for(let e=0;e<t.length;e++)t[e]=r[s[e]];o=Se(o.length,i),c=Z({inputs:{x:e},attrs:{perm:s},backend:n});let a=n.dataIdMap.get(e.dataId).id;n.dataIdMap.get(c.dataId).id!==a&&(l=!0)}return{transposed:c,originalAxes:a,axes:o,inputWasTransposed:l}}
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let xr;function Sr(e){xr=e.wasm.cwrap(`All`,null,[`number, number, number`])}function Cr(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=o,{transposed:l,axes:u,originalAxes:d,inputWasTransposed:f}=br(o,i,t);if(f){let e=t.dataIdMap.get(l.dataId).id;c=l,s=e}let p=c.shape.length;F(`all`,u,p);let[m,h]=qe(c.shape,u),g=R(h),_=t.makeOutput(m,o.dtype);if(R(c.shape)!==0){let e=t.dataIdMap.get(_.dataId).id;xr(s,g,e)}return f&&t.disposeData(l.dataId),a&&(_.shape=G(_.shape,d)),_}const wr={kernelName:`All`,backendName:`wasm`,setupFunc:Sr,kernelFunc:Cr};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Tr;function Er(e){Tr=e.wasm.cwrap(`Any`,null,[`number, number, number`])}function Dr(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=o,{transposed:l,axes:u,originalAxes:d,inputWasTransposed:f}=br(o,i,t);if(f){let e=t.dataIdMap.get(l.dataId).id;c=l,s=e}let p=c.shape.length;F(`any`,u,p);let[m,h]=qe(c.shape,u),g=R(h),_=t.makeOutput(m,o.dtype);if(R(c.shape)!==0){let e=t.dataIdMap.get(_.dataId).id;Tr(s,g,e)}return f&&t.disposeData(l.dataId),a&&(_.shape=G(_.shape,d)),_}const Or={kernelName:`Any`,backendName:`wasm`,setupFunc:Er,kernelFunc:Dr};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function kr(e){let t;function n(n){t=n.wasm.cwrap(e,null,[`number`,`number`,`number`,`number`,`number`])}function r(e){let{backend:n,inputs:r,attrs:i}=e,{axis:a}=i,{x:o}=r,s=n.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,inputWasTransposed:f}=br(o,a,n);if(f){let e=n.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e)}let p=l.shape.slice(0,-1),m=n.makeOutput(p,`int32`),h=n.dataIdMap.get(m.dataId).id,g=R(m.shape),_=l.shape[d[0]];return t(c,J[l.dtype],g,_,h),f&&n.disposeData(u.dataId),m}return{kernelName:e,backendName:`wasm`,setupFunc:n,kernelFunc:r}}
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
const Ar=kr(nt),jr=kr(Ln),Mr=Y(Yn),Nr=Y(lt),Pr=Y(Gn),Fr=X(Oe,!1),Ir=Y(h)
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Lr;function Rr(e){Lr=e.wasm.cwrap(Vn,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function zr(e){let{inputs:t,attrs:n,backend:r}=e,i=t.x,a=r.dataIdMap.get(i.dataId).id,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=n,u=Ct(i.shape,o,s,1,c,l),d=u.filterHeight,f=u.filterWidth,p=u.padInfo.top,m=u.padInfo.right,h=u.padInfo.bottom,g=u.padInfo.left,_=u.strideHeight,v=u.strideWidth,y=u.inChannels;if(u.dataFormat!==`channelsLast`)throw Error(`wasm backend does not support dataFormat:'${u.dataFormat}'. Please use 'channelsLast'.`);if(u.dilationWidth!==1||u.dilationHeight!==1)throw Error(`was backend only supports average pooling with dilation = [1, 1], got [${u.dilationHeight}, ${u.dilationWidth}].`);let b=r.makeOutput(u.outShape,`float32`),x=r.dataIdMap.get(b.dataId).id;return Lr(a,i.shape[0],i.shape[1],i.shape[2],d,f,p,m,h,g,_,v,y,x),b}const Br={kernelName:Vn,backendName:`wasm`,setupFunc:Rr,kernelFunc:zr};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Vr;function Hr(e){Vr=e.wasm.cwrap(`AvgPool3D`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ur(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{filterSize:a,strides:o,pad:s,dimRoundingMode:c,dataFormat:l}=r,u=fn(i.shape,a,o,1,s,c,l),d=n.makeOutput(u.outShape,i.dtype);return Vr(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inDepth,u.inHeight,u.inWidth,u.outDepth,u.outHeight,u.outWidth,u.strideDepth,u.strideHeight,u.strideWidth,u.dilationDepth,u.dilationHeight,u.dilationWidth,u.effectiveFilterDepth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.front,u.padInfo.top,u.padInfo.left),d}const Wr={kernelName:je,backendName:`wasm`,setupFunc:Hr,kernelFunc:Ur};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Gr;function Kr(e){Gr=e.wasm.cwrap(`AvgPool3DGrad`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function qr(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=r,u=fn(a.shape,o,s,1,c,l),d=n.makeOutput(a.shape,a.dtype);return Gr(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inDepth,u.inHeight,u.inWidth,u.outDepth,u.outHeight,u.outWidth,u.strideDepth,u.strideHeight,u.strideWidth,u.dilationDepth,u.dilationHeight,u.dilationWidth,u.effectiveFilterDepth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.front,u.padInfo.top,u.padInfo.left,u.filterDepth,u.filterHeight,u.filterWidth),d}const Jr={kernelName:w,backendName:`wasm`,setupFunc:Kr,kernelFunc:qr};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Yr;function Xr(e){Yr=e.wasm.cwrap(`AvgPoolGrad`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Zr(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c}=r,l=Ct(a.shape,o,s,1,c),u=n.makeOutput(a.shape,a.dtype);return Yr(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(u.dataId).id,l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.top,l.padInfo.left,l.filterHeight,l.filterWidth),u}const Qr={kernelName:y,backendName:`wasm`,setupFunc:Xr,kernelFunc:Zr};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function Q(e){let{inputs:t,attrs:n}=e,{x:r}=t,{shape:i}=n,a=R(r.shape),o=m(i,a);return q(a===R(o),()=>`new shape: ${o}, old shape: ${r.shape}. New shape and old shape must have the same number of elements.`),e.backend.incRef(r.dataId),{dataId:r.dataId,shape:o,dtype:r.dtype}}const $r={kernelName:Tt,backendName:`wasm`,kernelFunc:Q};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let ei;function ti(e){ei=e.wasm.cwrap(he,null,[`number`,`array`,`number`,`number`,`array`,`number`,`number`,`number`,`number`])}function ni(e){let{inputs:t,backend:n,attrs:r}=e,{a:i,b:a}=t,{transposeA:o,transposeB:s}=r;if(i.dtype!==`float32`||a.dtype!==`float32`)throw Error(`BatchMatMul for non non-float32 tensors not yet supported.`);let c=i.shape.length,l=a.shape.length,u=o?i.shape[c-2]:i.shape[c-1],d=s?a.shape[l-1]:a.shape[l-2],f=o?i.shape[c-1]:i.shape[c-2],p=s?a.shape[l-2]:a.shape[l-1],m=i.shape.slice(0,-2),h=a.shape.slice(0,-2),g=R(m),_=R(h),v=an(i.shape.slice(0,-2),a.shape.slice(0,-2)).concat([f,p]);q(u===d,()=>`Error in matMul: inner shapes (${u}) and (${d}) of Tensors with shapes ${i.shape} and ${a.shape} and transposeA=${o} and transposeB=${s} must match.`);let y=o?[g,u,f]:[g,f,u],b=s?[_,p,d]:[_,d,p],x=Q({inputs:{x:i},backend:n,attrs:{shape:y}}),S=Q({inputs:{x:a},backend:n,attrs:{shape:b}}),C=n.dataIdMap.get(x.dataId).id,w=n.dataIdMap.get(S.dataId).id,T=o?x.shape[2]:x.shape[1],E=s?S.shape[1]:S.shape[2],D=Math.max(g,_),O=n.makeOutput([D,T,E],x.dtype),k=n.dataIdMap.get(O.dataId).id,A=new Uint8Array(new Int32Array(x.shape).buffer),j=new Uint8Array(new Int32Array(S.shape).buffer);return ei(C,A,x.shape.length,w,j,S.shape.length,o,s,k),n.disposeData(x.dataId),n.disposeData(S.dataId),O.shape=v,O}const ri={kernelName:he,backendName:`wasm`,setupFunc:ti,kernelFunc:ni};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function ii(e){let{inputs:{x:t},attrs:{begin:n,size:r},backend:i}=e,[a,o]=Mt(t,n,r),s=en(t.shape,a,o),c=i.readSync(t.dataId),l=i.makeOutput(o,t.dtype),u=K(t.shape),d=i.dataIdMap.get(l.dataId);if(s){let e=wt(a,u);return t.dtype===`string`?d.stringBytes=c.slice(e,e+R(o)):i.typedArrayFromHeap(l).set(c.subarray(e,e+R(o))),l}if(t.dtype===`string`)return d.stringBytes=Sn(c,a,o,t.shape,t.dtype),l;let f=i.typedArrayFromHeap(l),p=t.shape.length;if(p===2)ai(c,u[0],f,a,o);else if(p===3)oi(c,u[0],u[1],f,a,o);else if(p===4)si(c,u[0],u[1],u[2],f,a,o);else{let e=Sn(c,a,o,t.shape,t.dtype);f.set(e)}return l}function ai(e,t,n,r,i){let a=0,o=r[0],s=r[1],c=o+i[0];for(let r=o;r<c;r++){let o=r*t+s;n.set(e.subarray(o,o+i[1]),a),a+=i[1]}}function oi(e,t,n,r,i,a){let o=0,s=i[0],c=i[1],l=i[2],u=s+a[0],d=c+a[1];for(let i=s;i<u;i++)for(let s=c;s<d;s++){let c=i*t+s*n+l;r.set(e.subarray(c,c+a[2]),o),o+=a[2]}}function si(e,t,n,r,i,a,o){let s=0,c=a[0],l=a[1],u=a[2],d=c+o[0],f=l+o[1],p=u+o[2],m=a[3];for(let a=c;a<d;a++)for(let c=l;c<f;c++)for(let l=u;l<p;l++){let u=a*t+c*n+l*r+m;i.set(e.subarray(u,u+o[3]),s),s+=o[3]}}const ci={kernelName:se,backendName:`wasm`,kernelFunc:ii};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function li(e){let{inputs:t,backend:r,attrs:i}=e,{x:a}=t,{blockShape:o,crops:s}=i,c=o.reduce((e,t)=>e*t),l=ye(a.shape,o,c),u=Je(l.length,o.length),d=n(a.shape,o,c),f=yt(s,o.length),p=kn(d,s,o.length),m=Q({inputs:{x:a},backend:r,attrs:{shape:l}}),h=Z({inputs:{x:m},backend:r,attrs:{perm:u}}),g=Q({inputs:{x:h},backend:r,attrs:{shape:d}}),_=ii({inputs:{x:g},backend:r,attrs:{begin:f,size:p}});return r.disposeData(m.dataId),r.disposeData(h.dataId),r.disposeData(g.dataId),_}const ui={kernelName:Ut,backendName:`wasm`,kernelFunc:li};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let di;function fi(e){di=e.wasm.cwrap(c,null,[`number`,`number`,`boolean`,`number`,`number`,`number`])}function pi(e){let{backend:t,inputs:n,attrs:r}=e,{x:i,weights:a}=n,{size:o}=r,s=a.shape.reduce((e,t)=>e*t,1)!==0,c=i.shape.length===1?[o]:[i.shape[0],o],l=t.makeOutput(c,a.dtype);function u(e){return t.dataIdMap.get(e.dataId).id}return di(u(i),o,s,u(a),J[a.dtype],u(l)),l}const mi={kernelName:c,backendName:`wasm`,setupFunc:fi,kernelFunc:pi},hi=X(zt,!0)
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function gi(e){let{inputs:t,backend:n}=e,{s0:r,s1:i}=t,a=n.typedArrayFromHeap(r),o=n.typedArrayFromHeap(i),s=an(Array.from(a),Array.from(o));return n.makeOutput([s.length],`int32`,void 0,new Int32Array(s))}const _i={kernelName:z,backendName:`wasm`,kernelFunc:gi};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function $(e){let{inputs:{x:t},attrs:{dtype:n},backend:r}=e,i=r.makeOutput(t.shape,n),a=r.typedArrayFromHeap(t);return r.typedArrayFromHeap(i).set(a),i}const vi={kernelName:ve,backendName:`wasm`,kernelFunc:$},yi=Y(E)
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let bi;function xi(e){bi=e.wasm.cwrap(te,null,[`number`,`number`,`number`,`number`])}function Si(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{clipValueMin:a,clipValueMax:o}=r,s=n.dataIdMap.get(i.dataId).id,c=n.makeOutput(i.shape,i.dtype),l=n.dataIdMap.get(c.dataId).id;return bi(s,a,o,l),c}const Ci={kernelName:te,backendName:`wasm`,setupFunc:xi,kernelFunc:Si};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function wi(e){let{inputs:t,backend:n}=e,r=B(e.attrs.axis,t[0].shape)[0],i=t.map(e=>e.shape);qt(i,r);let a=Nn(t.map(e=>e.shape),r),o=t.filter(e=>R(e.shape)>0);if(o.length===1)return pr({inputs:{x:o[0]},backend:n});let s=n.makeOutput(a,t[0].dtype);if(R(a)===0)return s;if(o[0].dtype===`string`){let e=o.map(e=>{let t=[-1,R(e.shape.slice(r))];return Q({inputs:{x:e},backend:n,attrs:{shape:t}})}),i=e.map(e=>({vals:n.readSync(e.dataId),shape:e.shape}));a=Nn(e.map(e=>e.shape),1);let c=e[0].shape[0]===1,l=Wt(i,a,t[0].dtype,c);s.shape=Nn(o.map(e=>e.shape),r);let u=n.dataIdMap.get(s.dataId);return u.stringBytes=bt(l),e.forEach(e=>n.disposeData(e.dataId)),s}let c=R(o[0].shape.slice(0,r)),l=0,u=o.map(e=>{let t=R(e.shape.slice(r));return l+=t,t}),d=o.map(e=>n.typedArrayFromHeap(e)),f=n.typedArrayFromHeap(s);for(let e=0;e<c;e++){let t=e*l;for(let n=0;n<d.length;n++){let r=u[n],i=e*r,a=d[n].subarray(i,i+r);f.set(a,t),t+=r}}return s}const Ti={kernelName:Qn,backendName:`wasm`,kernelFunc:wi};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Ei;function Di(e){Ei=e.wasm.cwrap(d,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Oi(e){let{inputs:t,attrs:n,backend:r}=e,{x:i,filter:a}=t,o=r.dataIdMap.get(i.dataId).id,s=r.dataIdMap.get(a.dataId).id,{strides:c,dilations:l,pad:u,dimRoundingMode:d,dataFormat:f}=n,p=Zt(f),m=Kt(i.shape,a.shape,c,l,u,d,!1,p),h=m.filterHeight,g=m.filterWidth,_=m.padInfo.top,v=m.padInfo.right,y=m.padInfo.bottom,b=m.padInfo.left,x=m.dilationHeight,S=m.dilationWidth,C=m.strideHeight,w=m.strideWidth,T=m.inChannels,E=m.outChannels,D=+(m.padInfo.type===`SAME`);if(m.dataFormat!==`channelsLast`)throw Error(`wasm backend Conv2D does not support dataFormat:'${m.dataFormat}'. Please use 'channelsLast'.`);let O=r.makeOutput(m.outShape,`float32`),k=r.dataIdMap.get(O.dataId).id;return Ei(o,i.shape[0],i.shape[1],i.shape[2],s,h,g,_,v,y,b,D,x,S,C,w,T,E,k),O}const ki={kernelName:d,backendName:`wasm`,setupFunc:Di,kernelFunc:Oi};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Ai;function ji(e){Ai=e.wasm.cwrap(j,null,/* @__PURE__ */ `number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number`.split(`.`))}function Mi(e){let{backend:t,inputs:n,attrs:r}=e,{dy:i,filter:a}=n,{strides:o,pad:s,dataFormat:c,dimRoundingMode:l,inputShape:u}=r,d=Zt(c),f=Kt(u,a.shape,o,1,s,l,!1,d),{batchSize:p,filterHeight:m,filterWidth:h,inChannels:g,inHeight:_,inWidth:v,outChannels:y,outHeight:b,outWidth:x,strideHeight:S,strideWidth:C}=f,w=m-1-f.padInfo.top,T=h-1-f.padInfo.left,E=f.dataFormat===`channelsLast`,D=K(f.inShape),O=K(i.shape),[k,A,j]=K(a.shape),ee=D[0],M=E?D[1]:D[2],te=E?D[2]:1,N=E?1:D[1],P=O[0],ne=E?O[1]:O[2],F=E?O[2]:1,re=E?1:O[1],ie=t.makeOutput(f.inShape,`float32`),ae=t.dataIdMap.get(ie.dataId).id,oe=t.dataIdMap.get(i.dataId).id,I=t.dataIdMap.get(a.dataId).id;return Ai(oe,I,p,m,h,_,v,g,b,x,y,S,C,w,T,k,A,j,ee,M,te,N,P,ne,F,re,ae),ie}const Ni={kernelName:j,backendName:`wasm`,setupFunc:ji,kernelFunc:Mi};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Pi;function Fi(e){Pi=e.wasm.cwrap(Fe,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ii(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a}=t,{strides:o,pad:s,dilations:c}=r;if(i.dtype!==`float32`)throw Error(`Tensor x must have dtype float32, got ${i.dtype}`);if(a.dtype!==`float32`)throw Error(`Tensor filter must have dtype float32, got ${a.dtype}`);let l=Mn(i.shape,a.shape,o,c,s),u=n.makeOutput(l.outShape,i.dtype);return Pi(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(u.dataId).id,l.batchSize,l.inDepth,l.inHeight,l.inWidth,l.inChannels,l.outDepth,l.outHeight,l.outWidth,l.outChannels,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.filterDepth,l.filterHeight,l.filterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),u}const Li={kernelName:Fe,backendName:`wasm`,setupFunc:Fi,kernelFunc:Ii};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Ri;function zi(e){Ri=e.wasm.cwrap(Ve,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Bi(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,dy:a}=t,{strides:o,pad:s,filterShape:c}=r;if(i.dtype!==`float32`)throw Error(`Tensor dy must have dtype float32, got ${i.dtype}`);if(a.dtype!==`float32`)throw Error(`Tensor filter must have dtype float32, got ${a.dtype}`);let l=Mn(i.shape,c,o,1,s),u=n.makeOutput(l.filterShape,a.dtype);return Ri(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(u.dataId).id,l.batchSize,l.inDepth,l.inHeight,l.inWidth,l.inChannels,l.outDepth,l.outHeight,l.outWidth,l.outChannels,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.filterDepth,l.filterHeight,l.filterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),u}const Vi={kernelName:Ve,backendName:`wasm`,setupFunc:zi,kernelFunc:Bi};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Hi;function Ui(e){Hi=e.wasm.cwrap(O,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Wi(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,filter:a}=t,{pad:o,strides:s,inputShape:c}=r;if(i.dtype!==`float32`)throw Error(`Tensor dy must have dtype float32, got ${i.dtype}`);if(a.dtype!==`float32`)throw Error(`Tensor filter must have dtype float32, got ${a.dtype}`);let l=Mn(c,a.shape,s,1,o),u=n.makeOutput(l.inShape,i.dtype);return Hi(n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(u.dataId).id,l.batchSize,l.inDepth,l.inHeight,l.inWidth,l.inChannels,l.outDepth,l.outHeight,l.outWidth,l.outChannels,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.filterDepth,l.filterHeight,l.filterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),u}const Gi={kernelName:O,backendName:`wasm`,setupFunc:Ui,kernelFunc:Wi},Ki=Y(`Cos`),qi=Y(ae)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
var Ji;(function(e){e[e.bilinear=0]=`bilinear`,e[e.nearest=1]=`nearest`})(Ji||={});let Yi;function Xi(e){Yi=e.wasm.cwrap(_n,null,[`number`,`number`,`number`,`number`,`array`,`number`,`number`,`number`,`number`,`number`])}function Zi(e){let{backend:t,inputs:n,attrs:r}=e,{method:i,extrapolationValue:a,cropSize:o}=r,{image:s,boxes:c,boxInd:l}=n,u=c.shape[0],[d,f]=o,p=[u,d,f,s.shape[3]],m=t.dataIdMap.get(s.dataId),h;s.dtype!==`float32`&&(h=$({backend:t,inputs:{x:s},attrs:{dtype:`float32`}}),m=t.dataIdMap.get(h.dataId));let g=m.id,_=t.dataIdMap.get(c.dataId).id,v=t.dataIdMap.get(l.dataId).id,y=t.makeOutput(p,`float32`),b=t.dataIdMap.get(y.dataId).id,x=new Uint8Array(new Int32Array(s.shape).buffer);return Yi(g,_,v,u,x,d,f,Ji[i],a,b),h!=null&&t.disposeData(h.dataId),y}const Qi={kernelName:_n,backendName:`wasm`,setupFunc:Xi,kernelFunc:Zi};
/**
* @license
* Copyright 2022 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let $i;function ea(e){$i=e.wasm.cwrap(ne,null,[`number`,`number`,`number`,`number`,`number`,`number`])}function ta(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{axis:o,exclusive:s,reverse:c}=r,l=i.shape.length;q(i.dtype===`float32`||i.dtype===`int32`,()=>`cumprod does not support ${i.dtype} tensors in the WASM backend`);let u=Qe([o],l),d=i;u!==null&&(d=Z({inputs:{x:i},attrs:{perm:u},backend:n}));let f=Se(1,l)[0];F(`cumprod`,[f],l);let p=n.makeOutput(d.shape,d.dtype),m=d.shape[f],h=n.dataIdMap.get(d.dataId).id,g=n.dataIdMap.get(p.dataId).id;$i(h,+!!s,+!!c,m,g,J[i.dtype]);let _=p;if(u!==null){let e=a(u);_=Z({inputs:{x:p},attrs:{perm:e},backend:n}),n.disposeData(d.dataId),n.disposeData(p.dataId)}return _}const na={kernelName:ne,backendName:`wasm`,setupFunc:ea,kernelFunc:ta};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let ra;function ia(e){ra=e.wasm.cwrap(Ke,null,[`number`,`number`,`number`,`number`,`number`,`number`])}function aa(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{axis:o,exclusive:s,reverse:c}=r,l=i.shape.length;q(i.dtype===`float32`||i.dtype===`int32`,()=>`cumsum does not support ${i.dtype} tensors in the WASM backend`);let u=Qe([o],l),d=i;u!==null&&(d=Z({inputs:{x:i},attrs:{perm:u},backend:n}));let f=Se(1,l)[0];F(`cumsum`,[f],l);let p=n.makeOutput(d.shape,d.dtype),m=d.shape[f],h=n.dataIdMap.get(d.dataId).id,g=n.dataIdMap.get(p.dataId).id;ra(h,+!!s,+!!c,m,g,J[i.dtype]);let _=p;if(u!==null){let e=a(u);_=Z({inputs:{x:p},attrs:{perm:e},backend:n}),n.disposeData(d.dataId),n.disposeData(p.dataId)}return _}const oa={kernelName:Ke,backendName:`wasm`,setupFunc:ia,kernelFunc:aa};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let sa;function ca(e){sa=e.wasm.cwrap(`DenseBincount`,null,[`number`,`array`,`number`,`number`,`boolean`,`number`,`number`,`boolean`,`number`])}function la(e){let{backend:t,inputs:n,attrs:r}=e,{x:i,weights:a}=n,{size:o,binaryOutput:s}=r,c=a.shape.reduce((e,t)=>e*t,1)!==0,l=i.shape.length===1?[o]:[i.shape[0],o],u=t.makeOutput(l,a.dtype);function d(e){return t.dataIdMap.get(e.dataId).id}return sa(d(i),new Uint8Array(new Int32Array(i.shape).buffer),i.shape.length,o,c,d(a),J[a.dtype],s,d(u)),u}const ua={kernelName:Ue,backendName:`wasm`,setupFunc:ca,kernelFunc:la};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let da;function fa(e){da=e.wasm.cwrap(Ze,null,[`number`,`number`,`number`,`array`,`number`,`array`,`array`,`number`,`number`])}function pa(e){let{backend:t,inputs:n,attrs:r}=e,{x:i}=n,{blockSize:a,dataFormat:o}=r,s=i.shape[0],c=o===`NHWC`?i.shape[1]:i.shape[2],l=o===`NHWC`?i.shape[2]:i.shape[3],u=o===`NHWC`?i.shape[3]:i.shape[1],d=c*a,f=l*a,p=u/(a*a),m=o===`NHWC`?[s,d,f,p]:[s,p,d,f],h=t.makeOutput(m,`float32`),g=t.dataIdMap.get(i.dataId).id,_=new Uint8Array(new Int32Array(K(i.shape)).buffer),v=new Uint8Array(new Int32Array(m).buffer),y=new Uint8Array(new Int32Array(K(m)).buffer),b=t.dataIdMap.get(h.dataId).id;return da(g,a,+(o===`NHWC`),_,i.shape.length-1,v,y,m.length,b),h}const ma={kernelName:Ze,backendName:`wasm`,setupFunc:fa,kernelFunc:pa};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let ha;function ga(e){ha=e.wasm.cwrap(xe,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function _a(e){let{inputs:t,attrs:n,backend:r}=e,{x:i,filter:a}=t,o=r.dataIdMap.get(i.dataId).id,s=r.dataIdMap.get(a.dataId).id,{strides:c,dilations:l,pad:u,dimRoundingMode:d}=n,f=l??[1,1],p=Kt(i.shape,a.shape,c,f,u,d,!0),m=p.filterHeight,h=p.filterWidth,g=p.padInfo.top,_=p.padInfo.right,v=p.padInfo.bottom,y=p.padInfo.left,b=p.dilationHeight,x=p.dilationWidth,S=p.strideHeight,C=p.strideWidth,w=p.inChannels,T=p.outChannels,E=+(p.padInfo.type===`SAME`);if(p.dataFormat!==`channelsLast`)throw Error(`wasm backend DepthwiseConv2dNative does not support dataFormat:'${p.dataFormat}'. Please use 'channelsLast'.`);let D=r.makeOutput(p.outShape,`float32`),O=r.dataIdMap.get(D.dataId).id;return ha(o,i.shape[0],i.shape[1],i.shape[2],s,m,h,g,_,v,y,E,b,x,S,C,w,T,O),D}const va={kernelName:xe,backendName:`wasm`,setupFunc:ga,kernelFunc:_a};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let ya;function ba(e){ya=e.wasm.cwrap(`Diag`,null,[`number`,`number`,`number`,`number`])}function xa(e){let{inputs:t,backend:n}=e,{x:r}=t,i=R(r.shape),a=n.makeOutput([...r.shape,...r.shape],r.dtype);return ya(n.dataIdMap.get(r.dataId).id,J[r.dtype],i,n.dataIdMap.get(a.dataId).id),a}const Sa={kernelName:Dn,backendName:`wasm`,setupFunc:ba,kernelFunc:xa};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Ca;function wa(e){Ca=e.wasm.cwrap(rn,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ta(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a}=t,{strides:o,pad:s,dilations:c}=r;if(i.dtype!==a.dtype)throw Error(`Dilation2D error: x must have the same dtype as filter. Got ${i.dtype} and ${a.dtype}`);let l=ht(i.shape,a.shape,o,s,`NHWC`,c),u=n.makeOutput(l.outShape,i.dtype);return Ca(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(u.dataId).id,J[i.dtype],l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.filterHeight,l.filterWidth,l.padInfo.top,l.padInfo.left),u}const Ea={kernelName:rn,backendName:`wasm`,setupFunc:wa,kernelFunc:Ta};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Da;function Oa(e){Da=e.wasm.cwrap(bn,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ka(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a,dy:o}=t,{strides:s,pad:c,dilations:l}=r;if(i.dtype!==a.dtype||i.dtype!==o.dtype)throw Error(`Dilation2DBackpropFilter error: x must have the same dtype as filter and dy. Got ${i.dtype}, ${a.dtype}, and ${o.dtype}`);let u=ht(i.shape,a.shape,s,c,`NHWC`,l),d=n.makeOutput(a.shape,a.dtype);return Da(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(o.dataId).id,n.dataIdMap.get(d.dataId).id,J[i.dtype],u.batchSize,u.inChannels,u.inHeight,u.inWidth,u.outHeight,u.outWidth,u.strideHeight,u.strideWidth,u.dilationHeight,u.dilationWidth,u.filterHeight,u.filterWidth,u.padInfo.top,u.padInfo.left),d}const Aa={kernelName:bn,backendName:`wasm`,setupFunc:Oa,kernelFunc:ka};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let ja;function Ma(e){ja=e.wasm.cwrap(Ft,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Na(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,filter:a,dy:o}=t,{strides:s,pad:c,dilations:l}=r;if(i.dtype!==a.dtype||i.dtype!==o.dtype)throw Error(`Dilation2DBackpropInput error: x must have the same dtype as filter and dy. Got ${i.dtype}, ${a.dtype}, and ${o.dtype}`);let u=ht(i.shape,a.shape,s,c,`NHWC`,l),d=n.makeOutput(i.shape,i.dtype);return ja(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(o.dataId).id,n.dataIdMap.get(d.dataId).id,J[i.dtype],u.batchSize,u.inChannels,u.inHeight,u.inWidth,u.outHeight,u.outWidth,u.strideHeight,u.strideWidth,u.dilationHeight,u.dilationWidth,u.filterHeight,u.filterWidth,u.padInfo.top,u.padInfo.left),d}const Pa={kernelName:Ft,backendName:`wasm`,setupFunc:Ma,kernelFunc:Na},Fa=Y(`Elu`)
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Ia;function La(e){Ia=e.wasm.cwrap(Cn,null,[`number`,`number`,`number`])}function Ra(e){let{inputs:t,backend:n}=e,{dy:r,y:i}=t,a=n.makeOutput(i.shape,`float32`),o=e=>n.dataIdMap.get(e.dataId).id;return Ia(o(i),o(r),o(a)),a}const za={kernelName:Cn,backendName:`wasm`,setupFunc:La,kernelFunc:Ra},Ba=X(dt,!1,`bool`),Va=Y(`Erf`),Ha=Y(`Exp`,`float32`)
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function Ua(e){let{inputs:t,attrs:n,backend:r}=e,{input:i}=t,{dim:a}=n,o=i.shape.length,s=i.shape.slice(),c=a;return a<0&&(q(-(o+1)<=a,()=>`Axis must be in the interval [${-(o+1)}, ${o}]`),c=o+a+1),s.splice(c,0,1),Q({inputs:{x:i},backend:r,attrs:{shape:s}})}const Wa={kernelName:Gt,backendName:`wasm`,kernelFunc:Ua},Ga=Y(jn,`float32`)
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function Ka(e){let{attrs:{shape:t,value:n},backend:r}=e,{attrs:{dtype:i}}=e;i||=U(n);let a=r.makeOutput(t,i);return r.typedArrayFromHeap(a).fill(n),a}const qa={kernelName:mt,backendName:`wasm`,kernelFunc:Ka};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Ja;function Ya(e){Ja=e.wasm.cwrap(St,null,[`number`,`number`,`number`,`number`,`number`,`number`])}function Xa(e){let{inputs:t,backend:n}=e,{image:r}=t,i=n.makeOutput(r.shape,r.dtype),a=n.dataIdMap.get(r.dataId).id,o=n.dataIdMap.get(i.dataId).id,[s,c,l,u]=r.shape;return Ja(a,s,c,l,u,o),i}const Za={kernelName:St,backendName:`wasm`,kernelFunc:Xa,setupFunc:Ya},Qa=Y(dn),$a=X(Xt,!1)
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let eo;function to(e){eo=e.wasm.cwrap(Et,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function no(e){let{backend:t,inputs:n,attrs:r}=e,{varianceEpsilon:i}=r,{x:a,mean:o,variance:s,offset:c,scale:l}=n,u=t.dataIdMap.get(a.dataId).id,d=t.dataIdMap.get(o.dataId).id,f=t.dataIdMap.get(s.dataId).id,p=c==null?0:t.dataIdMap.get(c.dataId).id,m=l==null?0:t.dataIdMap.get(l.dataId).id,h=t.makeOutput(a.shape,a.dtype);if(R(a.shape)===0)return h;let g=t.dataIdMap.get(h.dataId).id;return eo(u,d,f,p,m,i,g),h}const ro={kernelName:Et,backendName:`wasm`,setupFunc:to,kernelFunc:no};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let io;function ao(e){io=e.wasm.cwrap(tt,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function oo(e){let{inputs:t,attrs:n,backend:r}=e,{x:i,filter:a,bias:o,preluActivationWeights:s}=t,{strides:c,pad:l,dilations:u,dataFormat:d,dimRoundingMode:f,activation:p,leakyreluAlpha:m}=n,h=Kt(i.shape,a.shape,c,u,l,f),g=er[p];if(g==null)throw Error(`${p} activation not yet supported for FusedConv2D in the wasm backend.`);let _=r.dataIdMap.get(i.dataId).id,v=r.dataIdMap.get(a.dataId).id,y=h.outChannels,b=0;if(o!=null){let e=r.dataIdMap.get(o.dataId);if(e.shape.length!==1)throw Error(`FusedConv2D only supports rank-1 bias but got rank ${e.shape.length}.`);if(e.shape[0]!==y)throw Error(`FusedConv2D bias shape (${e.shape}) does not match the number of output channels (${y})`);b=e.id}let x=h.filterHeight,S=h.filterWidth,C=h.padInfo.top,w=h.padInfo.right,T=h.padInfo.bottom,E=h.padInfo.left,D=h.dilationHeight,O=h.dilationWidth,k=h.strideHeight,A=h.strideWidth,j=h.inChannels,ee=+(h.padInfo.type===`SAME`),M=h.batchSize,te=h.inHeight,N=h.inWidth;if(d!==`NHWC`)throw Error(`wasm backend FusedConv2D does not support dataFormat:'${d}'. Please use 'NHWC'.`);let P=r.makeOutput(h.outShape,`float32`),ne=r.dataIdMap.get(P.dataId).id,F=s==null?0:r.dataIdMap.get(s.dataId).id;return io(_,M,te,N,v,x,S,b,C,w,T,E,ee,D,O,k,A,j,y,g,F,m||0,ne),P}const so={kernelName:tt,backendName:`wasm`,setupFunc:ao,kernelFunc:oo};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let co;function lo(e){co=e.wasm.cwrap(In,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function uo(e){let{inputs:t,attrs:n,backend:r}=e,{x:i,filter:a,bias:o,preluActivationWeights:s}=t,{strides:c,pad:l,dilations:u,dataFormat:d,dimRoundingMode:f,activation:p,leakyreluAlpha:m}=n,h=Kt(i.shape,a.shape,c,u,l,f,!0),g=er[p];if(g==null)throw Error(`${p} activation not yet supported for FusedDepthwiseConv2D in the wasm backend.`);let _=r.dataIdMap.get(i.dataId).id,v=r.dataIdMap.get(a.dataId).id,y=h.outChannels,b=0;if(o!=null){let e=r.dataIdMap.get(o.dataId);if(e.shape.length!==1)throw Error(`FusedDepthwiseConv2D only supports rank-1 bias but got rank ${e.shape.length}.`);if(e.shape[0]!==y)throw Error(`FusedDepthwiseConv2D bias shape (${e.shape}) does not match the number of output channels (${y})`);b=e.id}let x=h.filterHeight,S=h.filterWidth,C=h.padInfo.top,w=h.padInfo.right,T=h.padInfo.bottom,E=h.padInfo.left,D=h.dilationHeight,O=h.dilationWidth,k=h.strideHeight,A=h.strideWidth,j=h.inChannels,ee=+(h.padInfo.type===`SAME`),M=h.batchSize,te=h.inHeight,N=h.inWidth;if(d!==`NHWC`)throw Error(`wasm backend FusedDepthwiseConv2D does not support dataFormat:'${d}'. Please use 'NHWC'.`);let P=r.makeOutput(h.outShape,`float32`),ne=r.dataIdMap.get(P.dataId).id,F=s==null?0:r.dataIdMap.get(s.dataId).id;return co(_,M,te,N,v,x,S,b,C,w,T,E,ee,D,O,k,A,j,y,g,F,m||0,ne),P}const fo={kernelName:In,backendName:`wasm`,setupFunc:lo,kernelFunc:uo};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let po;function mo(e){po=e.wasm.cwrap(Jn,null,[`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`])}function ho(e){let{backend:t,inputs:n}=e,{params:r,indices:i}=n,[a,o,s,c]=rt(r,i),l=t.makeOutput(a,r.dtype);if(o===0)return l;let u=i.shape,d=u[u.length-1],f=t.dataIdMap.get(r.dataId).id,p=t.dataIdMap.get(i.dataId).id,m=new Uint8Array(new Int32Array(c).buffer),h=t.dataIdMap.get(l.dataId).id;return po(f,J[r.dtype],p,o,d,s,m,h),l}const go={kernelName:Jn,backendName:`wasm`,setupFunc:mo,kernelFunc:ho};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let _o;function vo(e){_o=e.wasm.cwrap(`Gather`,null,[`number`,`number`,`array`,`number`,`number`,`number`,`array`,`number`])}function yo(e){let{backend:t,inputs:n,attrs:r}=e,{x:i,indices:a}=n,{axis:o,batchDims:s}=r,c=B(o,i.shape)[0],l=t.readSync(a.dataId),u=i.shape[c];for(let e=0;e<l.length;++e){let t=l[e];q(t<=u-1&&t>=0,()=>`GatherV2: the index value ${t} is not in [0, ${u-1}]`)}let d=Jt(i,a,c,s),f=Q({inputs:{x:i},attrs:{shape:[d.batchSize,d.outerSize,d.dimSize,d.sliceSize]},backend:t}),p=R(a.shape),m=Q({inputs:{x:a},attrs:{shape:[d.batchSize,p/d.batchSize]},backend:t}),h=[d.batchSize,d.outerSize,p/d.batchSize,d.sliceSize],g=t.makeOutput(h,i.dtype);if(R(i.shape)===0)return g;let _=f.shape.length-1,v=t.dataIdMap.get(f.dataId).id,y=t.dataIdMap.get(m.dataId).id,b=t.dataIdMap.get(g.dataId).id,x=new Uint8Array(new Int32Array(K(f.shape)).buffer),S=new Uint8Array(new Int32Array(K(h)).buffer);return _o(v,J[i.dtype],x,_,y,d.batchSize,S,b),t.disposeData(f.dataId),t.disposeData(m.dataId),g.shape=d.outputShape,g}const bo={kernelName:ct,backendName:`wasm`,setupFunc:vo,kernelFunc:yo},xo=X(Wn,!1,`bool`),So=X(De,!1,`bool`),Co=Y(S,`bool`),wo=Y(v,`bool`),To=Y(me,`bool`)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2022 The TensorFlow Authors. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the License);
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an AS IS BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Eo;function Do(e){Eo=e.wasm.cwrap(s,null,[`number`,`number`,`number`,`number`])}function Oo(e){let{inputs:{x:t},attrs:{alpha:n},backend:r}=e,i=r.dataIdMap.get(t.dataId).id,a=r.makeOutput(t.shape,`float32`);if(R(t.shape)!==0){let e=r.dataIdMap.get(a.dataId).id;Eo(i,J[t.dtype],n,e)}return a}const ko={kernelName:s,backendName:`wasm`,setupFunc:Do,kernelFunc:Oo},Ao=X(Rt,!1,`bool`),jo=X(ce,!1,`bool`)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2023 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Mo;function No(e){Mo=e.wasm.cwrap(de,null,[`number`,`number`,`number`,`number`])}function Po(e){let{attrs:t,backend:n}=e,{start:r,stop:i,num:a}=t,o=Math.floor(a),s=n.makeOutput([o],`float32`);return Mo(n.dataIdMap.get(s.dataId).id,r,i,o),s}const Fo={kernelName:de,backendName:`wasm`,setupFunc:No,kernelFunc:Po},Io=Y(`Log`),Lo=Y(_e),Ro=X(M,!1,`bool`),zo=Y(I),Bo=X(we,!1,`bool`),Vo=X(Zn,!1,`bool`)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Ho;function Uo(e){Ho=e.wasm.cwrap(`LRN`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Wo(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{depthRadius:a,bias:o,alpha:s,beta:c}=r;if(i.dtype!==`float32`)throw Error(`LRN error: x must have dtype float32`);let l=n.makeOutput(i.shape,i.dtype);return Ho(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(l.dataId).id,i.shape[3],a,o,s,c),l}const Go={kernelName:`LRN`,backendName:`wasm`,setupFunc:Uo,kernelFunc:Wo};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Ko;function qo(e){Ko=e.wasm.cwrap(Ht,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Jo(e){let{inputs:t,backend:n,attrs:r}=e,{x:i,y:a,dy:o}=t,{depthRadius:s,bias:c,alpha:l,beta:u}=r;if(i.dtype!==`float32`||a.dtype!==`float32`||o.dtype!==`float32`)throw Error(`LRNGrad error: x, y, and dy must have dtype float32`);let d=n.makeOutput(i.shape,i.dtype);return Ko(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(o.dataId).id,n.dataIdMap.get(d.dataId).id,o.shape[3],s,c,l,u),d}const Yo={kernelName:Ht,backendName:`wasm`,setupFunc:qo,kernelFunc:Jo};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Xo;function Zo(e){Xo=e.wasm.cwrap(`Max`,null,[`number`,`number`,`number`,`number`])}function Qo(e){let{backend:t,inputs:n,attrs:r}=e,{reductionIndices:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=o,{transposed:l,axes:u,originalAxes:d,inputWasTransposed:f}=br(o,i,t);if(f){let e=t.dataIdMap.get(l.dataId).id;c=l,s=e}let p=c.shape.length;F(`max`,u,p);let[m,h]=qe(c.shape,u),g=R(h),_=t.makeOutput(m,o.dtype);if(R(c.shape)!==0){let e=t.dataIdMap.get(_.dataId).id;Xo(s,J[o.dtype],g,e)}return f&&t.disposeData(l.dataId),a&&(_.shape=G(_.shape,d)),_}const $o={kernelName:`Max`,backendName:`wasm`,setupFunc:Zo,kernelFunc:Qo},es=X(D,!1)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let ts;function ns(e){ts=e.wasm.cwrap(u,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function rs(e){let{inputs:t,attrs:n,backend:r}=e,i=t.x,a=r.dataIdMap.get(i.dataId).id;q(i.dtype===`float32`,()=>`Error in MaxPool: only float32 input is supported. Got ${i.dtype}.`);let{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=n,u=Ct(i.shape,o,s,1,c,l),d=u.filterHeight,f=u.filterWidth,p=u.padInfo.top,m=u.padInfo.right,h=u.padInfo.bottom,g=u.padInfo.left,_=u.dilationHeight,v=u.dilationWidth,y=u.strideHeight,b=u.strideWidth,x=u.inChannels,S=u.outChannels;if(u.dataFormat!==`channelsLast`)throw Error(`wasm backend does not support dataFormat:'${u.dataFormat}'. Please use 'channelsLast'.`);let C=r.makeOutput(u.outShape,`float32`),w=r.dataIdMap.get(C.dataId).id;return ts(a,i.shape[0],i.shape[1],i.shape[2],d,f,p,m,h,g,_,v,y,b,x,S,w),C}const is={kernelName:u,backendName:`wasm`,setupFunc:ns,kernelFunc:rs};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let as;function os(e){as=e.wasm.cwrap(`MaxPool3D`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ss(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{filterSize:a,strides:o,pad:s,dimRoundingMode:c,dataFormat:l}=r,u=fn(i.shape,a,o,1,s,c,l),d=n.makeOutput(u.outShape,i.dtype);return as(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inDepth,u.inHeight,u.inWidth,u.outDepth,u.outHeight,u.outWidth,u.strideDepth,u.strideHeight,u.strideWidth,u.dilationDepth,u.dilationHeight,u.dilationWidth,u.effectiveFilterDepth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.front,u.padInfo.top,u.padInfo.left),d}const cs={kernelName:Le,backendName:`wasm`,setupFunc:os,kernelFunc:ss};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let ls;function us(e){ls=e.wasm.cwrap(`MaxPool3DGrad`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ds(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=r,u=fn(a.shape,o,s,1,c,l),d=n.makeOutput(a.shape,a.dtype);return ls(n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inDepth,u.inHeight,u.inWidth,u.outDepth,u.outHeight,u.outWidth,u.strideDepth,u.strideHeight,u.strideWidth,u.dilationDepth,u.dilationHeight,u.dilationWidth,u.effectiveFilterDepth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.front,u.padInfo.top,u.padInfo.left),d}const fs={kernelName:A,backendName:`wasm`,setupFunc:us,kernelFunc:ds};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let ps;function ms(e){ps=e.wasm.cwrap(`MaxPoolGrad`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function hs(e){let{inputs:t,backend:n,attrs:r}=e,{dy:i,input:a}=t,{filterSize:o,strides:s,pad:c,dimRoundingMode:l}=r,u=Ct(a.shape,o,s,1,c,l),d=n.makeOutput(a.shape,a.dtype);return ps(n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,u.batchSize,u.inChannels,u.inHeight,u.inWidth,u.outHeight,u.outWidth,u.strideHeight,u.strideWidth,u.dilationHeight,u.dilationWidth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.top,u.padInfo.left),d}const gs={kernelName:Ne,backendName:`wasm`,setupFunc:ms,kernelFunc:hs};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let _s;function vs(e){_s=e.wasm.cwrap(`MaxPoolWithArgmax`,null,[`number`,`number`,`number`,`number`,`boolean`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function ys(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{filterSize:a,strides:o,pad:s,includeBatchInIndex:c}=r;q(i.shape.length===4,()=>`Error in maxPool: input must be rank 4 but got rank ${i.shape.length}.`);let l=[1,1];q(At(o,l),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${o} and dilations '${l}'`);let u=Ct(i.shape,a,o,[1,1],s),d=n.makeOutput(u.outShape,i.dtype),f=n.makeOutput(u.outShape,`int32`);return _s(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(d.dataId).id,n.dataIdMap.get(f.dataId).id,J[i.dtype],c,u.batchSize,u.inChannels,u.inHeight,u.inWidth,u.outHeight,u.outWidth,u.strideHeight,u.strideWidth,u.dilationHeight,u.dilationWidth,u.effectiveFilterHeight,u.effectiveFilterWidth,u.padInfo.top,u.padInfo.left),[d,f]}const bs={kernelName:ze,backendName:`wasm`,setupFunc:vs,kernelFunc:ys};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let xs;function Ss(e){xs=e.wasm.cwrap(ie,null,[`number, number, number`])}function Cs(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,originalAxes:f,inputWasTransposed:p}=br(o,i,t),m=d;if(p){let e=t.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e,m=Se(m.length,l.shape.length))}F(`mean`,m,l.shape.length);let[h,g]=qe(l.shape,m),_=R(g),v=l;l.dtype!==`float32`&&(v=$({backend:t,inputs:{x:l},attrs:{dtype:`float32`}}),c=t.dataIdMap.get(v.dataId).id);let y=t.makeOutput(h,`float32`);if(R(l.shape)!==0){let e=t.dataIdMap.get(y.dataId).id;xs(c,_,e)}return p&&t.disposeData(u.dataId),a&&(y.shape=G(y.shape,f)),l.dtype!==`float32`&&t.disposeData(v.dataId),y}const ws={kernelName:ie,backendName:`wasm`,setupFunc:Ss,kernelFunc:Cs};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Ts;function Es(e){Ts=e.wasm.cwrap(`Min`,null,[`number`,`number`,`number`,`number`])}function Ds(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,originalAxes:f,inputWasTransposed:p}=br(o,i,t);if(p){let e=t.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e)}let m=l.shape.length;F(`min`,d,m);let[h,g]=qe(l.shape,d),_=R(g),v=t.makeOutput(h,l.dtype);if(R(l.shape)!==0){let e=t.dataIdMap.get(v.dataId).id;Ts(c,J[o.dtype],_,e)}return p&&t.disposeData(u.dataId),a&&(v.shape=G(v.shape,f)),v}const Os={kernelName:`Min`,backendName:`wasm`,setupFunc:Es,kernelFunc:Ds},ks=X(gn,!1)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
var As;(function(e){e[e.reflect=0]=`reflect`,e[e.symmetric=1]=`symmetric`})(As||={});let js;function Ms(e){js=e.wasm.cwrap(P,null,[`number`,`array`,`number`,`number`,`array`,`array`,`number`,`number`])}function Ns(e){let{inputs:{x:t},backend:n,attrs:{paddings:r,mode:i}}=e,a=r.map((e,n)=>e[0]+t.shape[n]+e[1]),o=n.dataIdMap.get(t.dataId).id,s=n.makeOutput(a,t.dtype),c=n.dataIdMap.get(s.dataId).id,l=new Uint8Array(new Int32Array(t.shape).buffer),u=r.map(e=>e[0]),d=r.map(e=>e[1]),f=new Uint8Array(new Int32Array(u).buffer),p=new Uint8Array(new Int32Array(d).buffer);return js(o,l,t.shape.length,J[t.dtype],f,p,As[i],c),s}const Ps={kernelName:P,backendName:`wasm`,kernelFunc:Ns,setupFunc:Ms};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Fs;function Is(e){Fs=e.wasm.cwrap(ue,null,[`number`,`number`,`number`,`number`])}function Ls(e){let{backend:t,inputs:{logits:n},attrs:{dim:r}}=e,i=t.dataIdMap.get(n.dataId).id,a=t.makeOutput(n.shape,n.dtype),o=t.dataIdMap.get(a.dataId).id,s=n.shape[r],c=R(n.shape)/s;return R(a.shape)===0||Fs(i,o,s,c),a}const Rs={kernelName:ue,backendName:`wasm`,setupFunc:Is,kernelFunc:Ls};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let zs;function Bs(e){zs=e.wasm.cwrap(Ge,null,[`number`,`number`,`number`,`number`,`number`,`number`])}function Vs(e){let{inputs:t,backend:n,attrs:r}=e,{logits:i}=t,{numSamples:a,seed:o,normalized:s}=r;if(i.dtype!==`float32`)throw Error(`Tensor logits must have dtype float32, got ${i.dtype}`);let c=s?i:Ls({inputs:{logits:i},backend:n,attrs:{dim:i.shape.length-1}}),[l,u]=c.shape,d=n.makeOutput([l,a],`int32`);return zs(n.dataIdMap.get(c.dataId).id,l,u,a,o,n.dataIdMap.get(d.dataId).id),s||n.disposeData(c.dataId),d}const Hs={kernelName:Ge,backendName:`wasm`,setupFunc:Bs,kernelFunc:Vs},Us=X(`Mod`,!0),Ws=X(He,!0),Gs=Y(`Neg`)
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function Ks(e,t){let n=new Int32Array(e.wasm.HEAPU8.buffer,t,4),r=n[0],i=n[1],a=n[2],o=n[3];return e.wasm._free(t),{pSelectedIndices:r,selectedSize:i,pSelectedScores:a,pValidOutputs:o}}
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let qs;function Js(e){qs=e.wasm.cwrap(Xe,`number`,[`number`,`number`,`number`,`number`,`number`])}function Ys(e){let{backend:t,inputs:n,attrs:r}=e,{iouThreshold:i,maxOutputSize:a,scoreThreshold:o}=r,{boxes:s,scores:c}=n,l=t.dataIdMap.get(s.dataId).id,u=t.dataIdMap.get(c.dataId).id,{pSelectedIndices:d,selectedSize:f,pSelectedScores:p,pValidOutputs:m}=Ks(t,qs(l,u,a,i,o));return t.wasm._free(p),t.wasm._free(m),t.makeOutput([f],`int32`,d)}const Xs={kernelName:Xe,backendName:`wasm`,setupFunc:Js,kernelFunc:Ys};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Zs;function Qs(e){Zs=e.wasm.cwrap(be,`number`,[`number`,`number`,`number`,`number`,`number`,`bool`])}function $s(e){let{backend:t,inputs:n,attrs:r}=e,{iouThreshold:i,maxOutputSize:a,scoreThreshold:o,padToMaxOutputSize:s}=r,{boxes:c,scores:l}=n,u=t.dataIdMap.get(c.dataId).id,d=t.dataIdMap.get(l.dataId).id,{pSelectedIndices:f,selectedSize:p,pSelectedScores:m,pValidOutputs:h}=Ks(t,Zs(u,d,a,i,o,s));return t.wasm._free(m),[t.makeOutput([p],`int32`,f),t.makeOutput([],`int32`,h)]}const ec={kernelName:be,backendName:`wasm`,setupFunc:Qs,kernelFunc:$s};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let tc;function nc(e){tc=e.wasm.cwrap(i,`number`,[`number`,`number`,`number`,`number`,`number`,`number`])}function rc(e){let{backend:t,inputs:n,attrs:r}=e,{iouThreshold:i,maxOutputSize:a,scoreThreshold:o,softNmsSigma:s}=r,{boxes:c,scores:l}=n,u=t.dataIdMap.get(c.dataId).id,d=t.dataIdMap.get(l.dataId).id,{pSelectedIndices:f,selectedSize:p,pSelectedScores:m,pValidOutputs:h}=Ks(t,tc(u,d,a,i,o,s));return t.wasm._free(h),[t.makeOutput([p],`int32`,f),t.makeOutput([p],`float32`,m)]}const ic={kernelName:i,backendName:`wasm`,setupFunc:nc,kernelFunc:rc},ac=X(_t,!1,`bool`)
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let oc;function sc(e){oc=e.wasm.cwrap(En,null,[`number`,`number`,`number`,`number`,`number`])}function cc(e){let{inputs:t,backend:n,attrs:r}=e,{indices:i}=t,{dtype:a,depth:o,onValue:s,offValue:c}=r,l=n.makeOutput([...i.shape,o],a),u=n.dataIdMap.get(l.dataId).id,d=n.dataIdMap.get(i.dataId).id;return oc(d,o,s,c,u),l}const lc={kernelName:En,backendName:`wasm`,setupFunc:sc,kernelFunc:cc};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function uc(e){let{inputs:{x:t},backend:n}=e,r=n.makeOutput(t.shape,t.dtype);return n.typedArrayFromHeap(r).fill(1),r}const dc={kernelName:nn,backendName:`wasm`,kernelFunc:uc};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function fc(e){let{inputs:t,backend:n,attrs:r}=e,{axis:i}=r;if(t.length===1)return Ua({inputs:{input:t[0]},backend:n,attrs:{dim:i}});let a=t[0].shape,o=t[0].dtype;t.forEach(e=>{pn(a,e.shape,`All tensors passed to stack must have matching shapes`),q(o===e.dtype,()=>`All tensors passed to stack must have matching dtypes`)});let s=[],c=wi({inputs:t.map(e=>{let t=Ua({inputs:{input:e},backend:n,attrs:{dim:i}});return s.push(t),t}),backend:n,attrs:{axis:i}});return s.forEach(e=>n.disposeData(e.dataId)),c}const pc={kernelName:yn,backendName:`wasm`,kernelFunc:fc};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let mc;function hc(e){mc=e.wasm.cwrap(Pt,null,[`number`,`array`,`number`,`number`,`array`,`array`,`number`,`number`])}function gc(e){let{inputs:{x:t},backend:n,attrs:{paddings:r,constantValue:i}}=e,a=r.map((e,n)=>e[0]+t.shape[n]+e[1]);if(R(t.shape)===0)return Ka({backend:n,attrs:{shape:a,value:i,dtype:t.dtype}});let o=n.dataIdMap.get(t.dataId).id,s=n.makeOutput(a,t.dtype),c=n.dataIdMap.get(s.dataId).id,l=new Uint8Array(new Int32Array(t.shape).buffer),u=r.map(e=>e[0]),d=r.map(e=>e[1]),f=new Uint8Array(new Int32Array(u).buffer),p=new Uint8Array(new Int32Array(d).buffer);return mc(o,l,t.shape.length,J[t.dtype],f,p,i,c),s}const _c={kernelName:Pt,backendName:`wasm`,kernelFunc:gc,setupFunc:hc},vc=X(`Pow`,!1)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let yc;function bc(e){yc=e.wasm.cwrap(it,null,[`number`,`number`,`number`])}function xc(e){let{inputs:t,backend:n}=e,{x:r,alpha:i}=t,a=n.dataIdMap.get(r.dataId).id,o=n.dataIdMap.get(i.dataId).id,s=a,c=r,l=c;c.dtype!==`float32`&&(l=$({backend:n,inputs:{x:r},attrs:{dtype:`float32`}}),s=n.dataIdMap.get(l.dataId).id);let u=n.makeOutput(r.shape,`float32`),d=n.dataIdMap.get(u.dataId).id;return yc(s,o,d),c.dtype!==`float32`&&n.disposeData(l.dataId),u}const Sc={kernelName:it,backendName:`wasm`,setupFunc:bc,kernelFunc:xc};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Cc;function wc(e){Cc=e.wasm.cwrap(cn,null,[`number`,`number`,`number`,`number`])}function Tc(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,originalAxes:f,inputWasTransposed:p}=br(o,i,t),m=d;if(p){let e=t.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e,m=Se(m.length,l.shape.length))}F(`prod`,m,l.shape.length);let[h,g]=qe(l.shape,m),_=R(g),v=t.makeOutput(h,l.dtype);if(R(l.shape)!==0){let e=t.dataIdMap.get(v.dataId).id;Cc(c,_,J[v.dtype],e)}return p&&t.disposeData(u.dataId),a&&(v.shape=G(v.shape,f)),v}const Ec={kernelName:cn,backendName:`wasm`,setupFunc:wc,kernelFunc:Tc},Dc={kernelName:An,backendName:`wasm`,kernelFunc:e=>{
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let{backend:t,attrs:n}=e,{start:r,stop:i,step:a,dtype:o}=n,s=ut(r,i,a,o),c=t.makeOutput([s.length],o);return t.typedArrayFromHeap(c).set(s),c}},Oc=X(xt,!0),kc=Y(un),Ac=Y(Yt),jc=Y(kt)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2022 The TensorFlow Authors. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Mc;function Nc(e){Mc=e.wasm.cwrap(et,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Pc(e){let{backend:t,inputs:n,attrs:r}=e,{images:i}=n,{alignCorners:a,halfPixelCenters:o,size:s}=r,[c,l]=s,[u,d,f,p]=i.shape,m=[u,c,l,p],h=t.dataIdMap.get(i.dataId),g;h.dtype!==`float32`&&(g=$({backend:t,inputs:{x:i},attrs:{dtype:`float32`}}),h=t.dataIdMap.get(g.dataId));let _=h.id,v=t.makeOutput(m,`float32`);if(R(i.shape)===0)return v;let y=t.dataIdMap.get(v.dataId).id;return Mc(_,u,d,f,p,c,l,+!!a,+!!o,y),g!=null&&t.disposeData(g.dataId),v}const Fc={kernelName:et,backendName:`wasm`,setupFunc:Nc,kernelFunc:Pc};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Ic;function Lc(e){Ic=e.wasm.cwrap(Fn,null,[`number`,`number`,`number`,`array`,`array`,`boolean`])}function Rc(e){let{inputs:t,backend:n,attrs:r}=e,{images:i,dy:a}=t,{alignCorners:o}=r,s=n.makeOutput(i.shape,`float32`),c=n.dataIdMap.get(i.dataId),l;return c.dtype!==`float32`&&(l=$({backend:n,inputs:{x:i},attrs:{dtype:`float32`}}),c=n.dataIdMap.get(l.dataId)),Ic(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(s.dataId).id,new Uint8Array(new Int32Array(i.shape).buffer),new Uint8Array(new Int32Array(a.shape).buffer),o),l!=null&&n.disposeData(l.dataId),s}const zc={kernelName:Fn,backendName:`wasm`,setupFunc:Lc,kernelFunc:Rc};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the 'License');
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an 'AS IS' BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Bc;function Vc(e){Bc=e.wasm.cwrap(qn,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Hc(e){let{backend:t,inputs:n,attrs:r}=e,{images:i}=n,{alignCorners:a,halfPixelCenters:o,size:s}=r,[c,l]=s,[u,d,f,p]=i.shape,m=[u,c,l,p],h=t.makeOutput(m,`float32`);if(R(i.shape)===0)return h;let g=t.dataIdMap.get(i.dataId),_;g.dtype!==`float32`&&(_=$({backend:t,inputs:{x:i},attrs:{dtype:`float32`}}),g=t.dataIdMap.get(_.dataId));let v=g.id,y=t.dataIdMap.get(h.dataId).id;return Bc(v,u,d,f,p,c,l,+!!a,+!!o,y),_!=null&&t.disposeData(_.dataId),h}const Uc={kernelName:qn,backendName:`wasm`,setupFunc:Vc,kernelFunc:Hc};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Wc;function Gc(e){Wc=e.wasm.cwrap(st,null,[`number`,`number`,`number`,`array`,`array`,`boolean`])}function Kc(e){let{inputs:t,backend:n,attrs:r}=e,{images:i,dy:a}=t,{alignCorners:o}=r,s=n.makeOutput(i.shape,`float32`),c=n.dataIdMap.get(i.dataId),l;return c.dtype!==`float32`&&(l=$({backend:n,inputs:{x:i},attrs:{dtype:`float32`}}),c=n.dataIdMap.get(l.dataId)),Wc(n.dataIdMap.get(i.dataId).id,n.dataIdMap.get(a.dataId).id,n.dataIdMap.get(s.dataId).id,new Uint8Array(new Int32Array(i.shape).buffer),new Uint8Array(new Int32Array(a.shape).buffer),o),l!=null&&n.disposeData(l.dataId),s}const qc={kernelName:st,backendName:`wasm`,setupFunc:Gc,kernelFunc:Kc};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Jc;function Yc(e){Jc=e.wasm.cwrap(Un,null,[`number`,`array`,`number`,`array`,`number`,`number`])}function Xc(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,{dims:a}=r,o=B(a,i.shape);if(i.shape.length===0)return pr({inputs:{x:i},backend:n});let s=n.makeOutput(i.shape,i.dtype),c=n.dataIdMap.get(i.dataId).id,l=n.dataIdMap.get(s.dataId).id,u=new Uint8Array(new Int32Array(o).buffer),d=new Uint8Array(new Int32Array(i.shape).buffer);Jc(c,u,o.length,d,i.shape.length,l);let f=Q({inputs:{x:s},attrs:{shape:i.shape},backend:n});return n.disposeData(s.dataId),f}const Zc={kernelName:Un,backendName:`wasm`,kernelFunc:Xc,setupFunc:Yc};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Qc;function $c(e){Qc=e.wasm.cwrap(Ee,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`number`])}function el(e){let{inputs:t,backend:n,attrs:r}=e,{image:i}=t,{radians:a,fillValue:o,center:s}=r,c=n.makeOutput(i.shape,i.dtype),l=n.dataIdMap.get(i.dataId).id,u=n.dataIdMap.get(c.dataId).id,[d,f,p,m]=i.shape,[h,g]=sn(s,f,p),_=typeof o==`number`?[o,o,o,o===0?0:255]:[...o,255],v=new Uint8Array(new Int32Array(_).buffer);return Qc(l,d,f,p,m,a,h,g,v,_.length,u),c}const tl={kernelName:Ee,backendName:`wasm`,kernelFunc:el,setupFunc:$c},nl=Y(p),rl=Y(zn)
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let il;function al(e){il=e.wasm.cwrap(Ae,null,[`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`number`])}function ol(e){let{backend:t,inputs:n,attrs:r}=e,{indices:i,updates:a}=n,{shape:o}=r,s=t.makeOutput(o,a.dtype);if(R(o)===0)return s;let{sliceRank:c,numUpdates:l,sliceSize:u,strides:d,outputSize:f}=V(a,i,o),p=t.dataIdMap.get(i.dataId).id,m=t.dataIdMap.get(a.dataId).id,h=new Uint8Array(new Int32Array(d).buffer),g=t.dataIdMap.get(s.dataId).id;return il(p,m,J[a.dtype],c,l,u,h,f,g),s}const sl={kernelName:Ae,backendName:`wasm`,setupFunc:al,kernelFunc:ol};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let cl;function ll(e){cl=e.wasm.cwrap(x,null,[`number`,`number`,`number`,`number`,`number`,`number`,`bool`,`number`])}function ul(e){let{inputs:t,backend:n,attrs:r}=e,{sortedSequence:i,values:a}=t,{side:o}=r;if(i.dtype!==a.dtype)throw Error(`SearchSorted error: sorted_sequence must have the same dtype as values. Got ${i.dtype} and ${a.dtype}`);let s=n.makeOutput(a.shape,`int32`);function c(e){return n.dataIdMap.get(e.dataId).id}return cl(c(i),c(a),i.shape[0],i.shape[1],a.shape[1],J[i.dtype],o===`left`,c(s)),s}const dl={kernelName:x,backendName:`wasm`,setupFunc:ll,kernelFunc:ul};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let fl;function pl(e){fl=e.wasm.cwrap(`SelectV2`,null,[`number`,`number`,`number`,`number`,`number`])}function ml(e){let{inputs:t,backend:n}=e,{condition:r,t:i,e:a}=t,o=n.dataIdMap.get(r.dataId).id,s=n.dataIdMap.get(i.dataId).id,c=n.dataIdMap.get(a.dataId).id,l=n.makeOutput(i.shape,i.dtype),u=n.dataIdMap.get(l.dataId).id,d=r.shape.length,f=i.shape.length,p=d===0||d>1||f===1?1:R(i.shape.slice(1));return fl(o,s,c,p,u),l}const hl={kernelName:_,backendName:`wasm`,kernelFunc:ml,setupFunc:pl},gl=Y(pe)
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let _l;function vl(e){_l=e.wasm.cwrap(Vt,null,[`number`,`number`])}function yl(e){let{backend:t,inputs:{x:n}}=e,r=t.dataIdMap.get(n.dataId).id,i=t.makeOutput(n.shape,n.dtype),a=t.dataIdMap.get(i.dataId).id;return R(i.shape)===0||_l(r,a),i}const bl={kernelName:`Sigmoid`,backendName:`wasm`,setupFunc:vl,kernelFunc:yl},xl=Y(o),Sl=Y(`Sin`),Cl=Y(Lt),wl=Y(ge)
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function Tl(e){let{inputs:t,backend:r,attrs:i}=e,{x:a}=t,{blockShape:o,paddings:s}=i,c=R(o),l=[[0,0]];l.push(...s);for(let e=1+o.length;e<a.shape.length;++e)l.push([0,0]);let u=_c.kernelFunc({inputs:{x:a},backend:r,attrs:{paddings:l,constantValue:0}}),d=ye(u.shape,o,c,!1),f=Je(d.length,o.length,!1),p=n(u.shape,o,c,!1),m=Q({inputs:{x:u},backend:r,attrs:{shape:d}}),h=Z({inputs:{x:m},backend:r,attrs:{perm:f}}),g=Q({inputs:{x:h},backend:r,attrs:{shape:p}});return r.disposeData(u.dataId),r.disposeData(m.dataId),r.disposeData(h.dataId),g}const El={kernelName:T,backendName:`wasm`,kernelFunc:Tl};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Dl;function Ol(e){Dl=e.wasm.cwrap(`SparseFillEmptyRows`,`number`,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function kl(e){let{backend:t,inputs:n}=e,{indices:r,values:i,denseShape:a,defaultValue:o}=n,s=r.shape[0],c=r.shape[1],l=t.readSync(a.dataId)[0],u=[s+l,c],d=t.dataIdMap.get(r.dataId).id,f=t.dataIdMap.get(i.dataId).id,p=t.dataIdMap.get(o.dataId).id,m=t.makeOutput(u,r.dtype),h=t.dataIdMap.get(m.dataId).id,_=t.makeOutput(u.slice(0,1),i.dtype),v=t.dataIdMap.get(_.dataId).id,y=t.makeOutput([l],`bool`),x=t.dataIdMap.get(y.dataId).id,S=t.makeOutput([s],r.dtype),C=t.dataIdMap.get(S.dataId).id,w=t.makeOutput([4],`int32`),T=t.dataIdMap.get(w.dataId).id,E=Dl(d,f,J[i.dtype],s,l,c,p,h,v,x,C,T),D=t.readSync(w.dataId),O;switch(D[0]){case 1:O=b(D[1]);break;case 2:O=g(D[1],D[2]);break;case 3:O=fe(D[1],D[2],D[3]);break;default:O=``}if(t.disposeData(w.dataId),O)throw t.disposeData(m.dataId),t.disposeData(_.dataId),t.disposeData(y.dataId),t.disposeData(S.dataId),Error(O);let k=m,A=_;return E!==u[0]&&(k=ii({inputs:{x:m},attrs:{begin:0,size:[E,c]},backend:t}),A=ii({inputs:{x:_},attrs:{begin:0,size:E},backend:t}),t.disposeData(m.dataId),t.disposeData(_.dataId)),[k,A,y,S]}const Al={kernelName:ee,backendName:`wasm`,setupFunc:Ol,kernelFunc:kl};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let jl;function Ml(e){jl=e.wasm.cwrap(oe,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Nl(e){let{backend:t,inputs:n}=e,{inputIndices:r,inputShape:i,newShape:a}=n;if(r.shape.length!==2)throw Error(`Input indices should be a matrix but received shape
        ${r.shape}`);if(i.shape.length!==1)throw Error(`Input shape should be a vector but received shape
        ${i.shape}`);if(a.shape.length!==1)throw Error(`Target shape should be a vector but received shape ${a.shape}`);let o=t.dataIdMap.get(r.dataId).id,s=t.dataIdMap.get(i.dataId).id,c=t.dataIdMap.get(a.dataId).id,l=r.shape[0],u=R(a.shape),d=t.makeOutput([l,u],r.dtype),p=t.dataIdMap.get(d.dataId).id,m=t.makeOutput([u],a.dtype),h=t.dataIdMap.get(m.dataId).id,g=t.makeOutput([3],`int32`),_=t.dataIdMap.get(g.dataId).id;jl(o,s,c,l,p,h,_);let v=t.readSync(g.dataId),y;switch(v[0]){case 0:y=Rn(v[1],v[2]);break;case 1:y=ke(v[1],v[2]);break;case 2:y=Hn();break;case 3:{let e=Array.from(t.readSync(i.dataId)),n=Array.from(t.readSync(m.dataId));y=f(e,n);break}case 4:{let e=Array.from(t.readSync(i.dataId)),n=Array.from(t.readSync(m.dataId));y=Te(e,n);break}default:y=``}if(t.disposeData(g.dataId),y)throw t.disposeData(d.dataId),t.disposeData(m.dataId),Error(y);return[d,m]}const Pl={kernelName:oe,backendName:`wasm`,setupFunc:Ml,kernelFunc:Nl};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Fl;function Il(e){Fl=e.wasm.cwrap(`SparseSegmentReduction`,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`])}function Ll(e,t){let{backend:n,inputs:r}=e,{data:i,indices:a,segmentIds:o}=r,s=a.shape[0],c=n.readSync(o.dataId,s-1,s)[0],l=s>0?c+1:0;if(l<0)throw Error(Pn());let u=i.shape.slice();u[0]=l;let d=n.dataIdMap.get(i.dataId).id,f=n.dataIdMap.get(a.dataId).id,p=n.dataIdMap.get(o.dataId).id,m=n.makeOutput(u,i.dtype),h=n.dataIdMap.get(m.dataId).id,g=n.makeOutput([4],`int32`),_=n.dataIdMap.get(g.dataId).id;Fl(d,J[i.dtype],i.shape[0],f,p,h,_,t,0);let v=n.readSync(g.dataId),y;switch(v[0]){case 0:y=Pn();break;case 1:y=Kn();break;case 2:y=ot(v[1],v[2]);break;case 3:y=$e(v[1],v[2],v[3]);break;default:y=``}if(n.disposeData(g.dataId),y)throw n.disposeData(m.dataId),Error(y);return m}
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function Rl(e){return Ll(e,!0)}const zl={kernelName:Ce,backendName:`wasm`,setupFunc:Il,kernelFunc:Rl};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function Bl(e){return Ll(e,!1)}const Vl={kernelName:Xn,backendName:`wasm`,setupFunc:Il,kernelFunc:Bl};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Hl;function Ul(e){Hl=e.wasm.cwrap(l,null,[`number`,`number`,`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`number`])}function Wl(e){let{backend:t,inputs:n,attrs:r}=e,{sparseIndices:i,sparseValues:a,defaultValue:o}=n,{outputShape:s}=r,c=t.makeOutput(s,o.dtype);if(R(s)===0)return c;let{sliceRank:l,numUpdates:u,sliceSize:d,strides:f,outputSize:p}=V(a,i,s),m=t.dataIdMap.get(i.dataId).id,h=t.dataIdMap.get(a.dataId).id,g=t.dataIdMap.get(o.dataId).id,_=new Uint8Array(new Int32Array(f).buffer),v=t.dataIdMap.get(c.dataId).id;return Hl(m,h,a.shape.length,g,J[o.dtype],l,u,d,_,p,v),c}const Gl={kernelName:l,backendName:`wasm`,setupFunc:Ul,kernelFunc:Wl};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function Kl(e){let{inputs:t,attrs:n,backend:r}=e,{x:i}=t,{numOrSizeSplits:a,axis:o}=n,s=B(o,i.shape)[0],c=Bt(i,a,s),l=Array(i.shape.length).fill(0),u=i.shape.slice();return c.map(e=>{let t=[...u];t[s]=e;let n=ii({inputs:{x:i},attrs:{begin:l,size:t},backend:r});return l[s]+=e,n})}const ql={kernelName:Ie,backendName:`wasm`,kernelFunc:Kl},Jl=Y(k),Yl=Y(Me),Xl=X(Re,!0)
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Zl;function Ql(e){Zl=e.wasm.cwrap(re,null,[`number`,`number`,`number`,`number`])}function $l(e){let{backend:t,inputs:n,attrs:r}=e,{alpha:i}=r,{x:a}=n,o=t.dataIdMap.get(a.dataId).id,s=t.makeOutput(a.shape,a.dtype),c=t.dataIdMap.get(s.dataId).id;return Zl(o,i,J[a.dtype],c),s}const eu={kernelName:re,backendName:`wasm`,setupFunc:Ql,kernelFunc:$l};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let tu;function nu(e){tu=e.wasm.cwrap(hn,null,[`number`,`array`,`number`,`array`,`array`,`array`,`array`,`array`,`number`,`number`])}function ru(e){let{backend:t,inputs:n,attrs:r}=e,{x:i}=n,{begin:a,end:o,strides:s,beginMask:c,endMask:l,ellipsisMask:u,newAxisMask:d,shrinkAxisMask:f}=r,{finalShapeSparse:p,finalShape:m,isIdentity:h,sliceDim0:g,isSimpleSlice:_,begin:v,end:y,strides:b}=Ot(i.shape,a,o,s,c,l,u,d,f),x;if(h)x=Q({inputs:{x:i},backend:t,attrs:{shape:m}});else if(g||_){q(i.shape.length>=1,()=>`Input must have rank at least 1, got: ${i.shape.length}`);let e=mn(v,y,b),n=ii({inputs:{x:i},backend:t,attrs:{begin:v,size:e}});x=Q({inputs:{x:n},backend:t,attrs:{shape:m}}),t.disposeData(n.dataId)}else{let e=t.makeOutput(p,`float32`),n=t.dataIdMap.get(i.dataId).id,r=new Uint8Array(new Int32Array(K(i.shape)).buffer),a=new Uint8Array(new Int32Array(v).buffer),o=new Uint8Array(new Int32Array(y).buffer),s=new Uint8Array(new Int32Array(b).buffer),c=new Uint8Array(new Int32Array(p).buffer),l=new Uint8Array(new Int32Array(K(p)).buffer),u=t.dataIdMap.get(e.dataId).id;tu(n,r,i.shape.length,a,o,s,c,l,p.length,u),x=Q({inputs:{x:e},backend:t,attrs:{shape:m}}),t.disposeData(e.dataId)}return x}const iu={kernelName:hn,backendName:`wasm`,setupFunc:nu,kernelFunc:ru};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function au(e){let{backend:t,inputs:n,attrs:r}=e,{data:i,dataSplits:a}=n,{separator:o,nGramWidths:s,leftPad:c,rightPad:l,padWidth:u,preserveShortSequences:d}=r,f=t.readSync(i.dataId),p=t.readSync(a.dataId),[m,h]=Nt(f,p,o,s,c,l,u,d),g=t.makeOutput([m.length],`string`),_=t.dataIdMap.get(g.dataId);_.stringBytes=m;let v=t.makeOutput(a.shape,`int32`);return t.typedArrayFromHeap(v).set(h),[g,v]}const ou={kernelName:N,backendName:`wasm`,kernelFunc:au};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function su(e){let{backend:t,inputs:n,attrs:r}=e,{input:i,delimiter:a}=n,{skipEmpty:o}=r,s=t.readSync(i.dataId),c=t.readSync(a.dataId),[l,u,d]=vn(s,c[0],o),f=u.length,p=t.makeOutput([f,2],`int32`);t.typedArrayFromHeap(p).set(l);let m=t.makeOutput([f],`string`),h=t.dataIdMap.get(m.dataId);h.stringBytes=u;let g=t.makeOutput([2],`int32`);return t.typedArrayFromHeap(g).set(d),[p,m,g]}const cu={kernelName:We,backendName:`wasm`,kernelFunc:su};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function lu(e){let{backend:t,inputs:n,attrs:r}=e,{input:i}=n,{numBuckets:a}=r,o=t.readSync(i.dataId),s=tn(o,a),c=t.makeOutput(i.shape,`int32`);return t.typedArrayFromHeap(c).set(s),c}const uu={kernelName:W,backendName:`wasm`,kernelFunc:lu},du=X(`Sub`,!0)
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let fu;function pu(e){fu=e.wasm.cwrap(`Sum`,null,[`number`,`number`,`number`,`number`])}function mu(e){let{backend:t,inputs:n,attrs:r}=e,{axis:i,keepDims:a}=r,{x:o}=n,s=t.dataIdMap.get(o.dataId).id,c=s,l=o,{transposed:u,axes:d,originalAxes:f,inputWasTransposed:p}=br(o,i,t),m=d;if(p){let e=t.dataIdMap.get(u.dataId).id;e!==s&&(l=u,c=e,m=Se(m.length,l.shape.length))}F(`sum`,m,l.shape.length);let[h,g]=qe(l.shape,m),_=R(g),v=t.makeOutput(h,l.dtype);if(R(l.shape)!==0){let e=t.dataIdMap.get(v.dataId).id;fu(c,_,J[v.dtype],e)}return p&&t.disposeData(u.dataId),a&&(v.shape=G(v.shape,f)),v}const hu={kernelName:`Sum`,backendName:`wasm`,setupFunc:pu,kernelFunc:mu},gu=Y(`Tan`),_u=Y(Ye)
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
;
/**
* @license
* Copyright 2022 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let vu;function yu(e){vu=e.wasm.cwrap(H,null,[`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`number`,`number`])}function bu(e){let{backend:t,inputs:n,attrs:r}=e,{tensor:i,indices:a,updates:o}=n,{}=r,s=t.makeOutput(i.shape,i.dtype);if(R(i.shape)===0)return s;let{sliceRank:c,numUpdates:l,sliceSize:u,strides:d,outputSize:f}=V(o,a,i.shape),p=t.dataIdMap.get(a.dataId).id,m=t.dataIdMap.get(o.dataId).id,h=t.dataIdMap.get(i.dataId).id,g=new Uint8Array(new Int32Array(d).buffer),_=t.dataIdMap.get(s.dataId).id;return vu(p,m,J[o.dtype],c,l,u,g,f,_,h),s}const xu={kernelName:H,backendName:`wasm`,setupFunc:yu,kernelFunc:bu};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Su;function Cu(e){Su=e.wasm.cwrap(r,null,[`number`,`array`,`number`,`array`,`number`,`number`])}function wu(e){let{inputs:t,backend:n,attrs:r}=e,{x:i}=t,a=n.dataIdMap.get(i.dataId).id,{reps:o}=r,s=Array(i.shape.length);for(let e=0;e<s.length;e++)s[e]=i.shape[e]*o[e];let c=new Uint8Array(new Int32Array(i.shape).buffer),l=new Uint8Array(new Int32Array(s).buffer),u=n.makeOutput(s,i.dtype),d=n.dataIdMap.get(u.dataId).id;return Su(a,c,i.shape.length,l,s.length,J[u.dtype],d),u}const Tu={kernelName:r,backendName:`wasm`,setupFunc:Cu,kernelFunc:wu};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let Eu;function Du(e){Eu=e.wasm.cwrap(vt,null,[`number`,`array`,`number`,`number`,`number`,`bool`,`number`,`number`])}const Ou={kernelName:vt,backendName:`wasm`,setupFunc:Du,kernelFunc:({inputs:e,backend:t,attrs:n})=>{let{x:r}=e,{k:i,sorted:a}=n,o=t.dataIdMap.get(r.dataId).id,s=new Uint8Array(new Int32Array(r.shape).buffer),c=r.shape.slice();c[c.length-1]=i;let l=t.makeOutput(c,r.dtype),u=t.dataIdMap.get(l.dataId).id,d=t.makeOutput(c,`int32`),f=t.dataIdMap.get(d.dataId).id;return Eu(o,s,r.shape.length,J[r.dtype],i,a,u,f),[l,d]}};
/**
* @license
* Copyright 2021 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
let ku;function Au(e){ku=e.wasm.cwrap(On,null,[`number`,`number`,`bool`,`number`,`number`,`number`,`number`,`number`,`number`,`array`,`number`,`array`,`number`,`number`,`number`,`number`,`number`])}function ju(e){let{backend:t,inputs:n,attrs:r}=e,{image:i,transforms:a}=n,{interpolation:o,fillMode:s,fillValue:c,outputShape:l}=r,[u,d,f,p]=i.shape,[m,h]=l??[d,f],g=[u,m,h,p],_=new Uint8Array(new Int32Array(K(i.shape)).buffer),v=new Uint8Array(new Int32Array(K(g)).buffer),y=t.makeOutput(g,i.dtype),b=t.dataIdMap.get(y.dataId).id,x=t.dataIdMap.get(i.dataId).id,S=t.dataIdMap.get(a.dataId).id,C=o===`nearest`?1:2,w;switch(s){case`constant`:w=1;break;case`reflect`:w=2;break;case`wrap`:w=3;break;case`nearest`:w=4;break;default:w=1}return ku(x,S,a.shape[0]>1,u,m,h,p,f,d,_,i.shape.length-1,v,g.length-1,C,w,c,b),y}const Mu={kernelName:On,backendName:`wasm`,setupFunc:Au,kernelFunc:ju};
/**
* @license
* Copyright 2023 Google LLC.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function Nu(e){let{inputs:t,attrs:n,backend:r}=e,{axis:i}=n,{x:a}=t,{outputValues:o,outputShape:s,indices:c}=Tn(r.readSync(a.dataId),i,a.shape,a.dtype);return[r.makeOutput(s,a.dtype,void 0,o),r.makeOutput([c.length],`int32`,void 0,c)]}const Pu={kernelName:xn,backendName:`wasm`,kernelFunc:Nu};
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function Fu(e){let{inputs:t,backend:n,attrs:r}=e,{value:i}=t,{axis:a}=r;a<0&&(a+=i.shape.length);let o=i.shape[a],s=i.shape.length,c=Array(s-1),l=0;for(let e=0;e<s;e++)e!==a&&(c[l++]=i.shape[e]);let u=Array(o),d=Array(s).fill(0),f=i.shape.slice();f[a]=1;for(let e=0;e<u.length;e++)d[a]=e,u[e]=ii({inputs:{x:i},attrs:{begin:d,size:f},backend:n});return u.map(({dataId:e,dtype:t})=>({dataId:e,dtype:t,shape:c}))}const Iu={kernelName:It,backendName:`wasm`,kernelFunc:Fu};
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
function Lu(e){let{inputs:{x:t},backend:n}=e,r=n.makeOutput(t.shape,t.dtype);return n.typedArrayFromHeap(r).fill(0),r}
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
const Ru=[ir,ar,or,sr,cr,fr,wr,Or,Ar,jr,Mr,Nr,Pr,Fr,Ir,Br,Qr,Wr,Jr,ri,ui,mi,hi,_i,vi,yi,Ci,Ti,ki,Ni,Li,Vi,Gi,Ki,qi,Qi,na,oa,ua,ma,va,Sa,Ea,Aa,Pa,Fa,za,Ba,Va,Ha,Wa,Ga,qa,Za,Qa,$a,ro,so,fo,go,bo,xo,So,mr,Co,wo,To,ko,Ao,jo,Fo,Lo,Io,Ro,zo,Bo,Vo,Go,Yo,$o,es,is,cs,fs,gs,bs,ws,Os,ks,Ps,Hs,Us,Ws,Gs,Xs,ec,ic,ac,lc,dc,pc,_c,vc,Sc,Ec,Dc,Oc,kc,Ac,jc,$r,Fc,zc,Uc,qc,Zc,tl,nl,rl,sl,dl,hl,gl,bl,xl,Sl,Cl,ci,Rs,wl,El,Al,Pl,zl,Vl,Gl,ql,Jl,Yl,Xl,eu,iu,ou,cu,uu,du,hu,gu,_u,xu,Tu,Ou,Mu,yr,Pu,Iu,{kernelName:ln,backendName:`wasm`,kernelFunc:Lu}];for(let e of Ru)gt(e);
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
const zu=ft();zu.registerFlag(`WASM_HAS_SIMD_SUPPORT`,async()=>{try{return WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,10,9,1,7,0,65,0,253,15,26,11]))}catch{return!1}}),zu.registerFlag(`WASM_HAS_MULTITHREAD_SUPPORT`,async()=>{if(zu.get(`IS_NODE`))return!1;try{return new MessageChannel().port1.postMessage(new SharedArrayBuffer(1)),WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,5,4,1,3,1,1,10,11,1,9,0,65,0,254,16,2,0,26,11]))}catch{return!1}});var Bu=/* @__PURE__ */ t(((e,t)=>{var n=(()=>{var e=typeof document<`u`&&document.currentScript?document.currentScript.src:void 0;return typeof __filename<`u`&&(e||=__filename),(function(t){t||={};function n(){return M.buffer!=I&&z(M.buffer),L}function r(){return M.buffer!=I&&z(M.buffer),R}function i(){return M.buffer!=I&&z(M.buffer),se}function a(){return M.buffer!=I&&z(M.buffer),ce}function o(){return M.buffer!=I&&z(M.buffer),le}var s=t===void 0?{}:t,c,l;s.ready=new Promise(function(e,t){c=e,l=t});var u;typeof process<`u`&&process.listeners&&(u={uncaughtException:process.listeners(`uncaughtException`),unhandledRejection:process.listeners(`unhandledRejection`)});var d=Object.assign({},s),f=[],p=(e,t)=>{throw t},m=typeof window==`object`,h=typeof importScripts==`function`,g=typeof process==`object`&&typeof process.versions==`object`&&typeof process.versions.node==`string`,_=s.ENVIRONMENT_IS_PTHREAD||!1,v=``;function y(e){return s.locateFile?s.locateFile(e,v):v+e}var b,x,S;function w(e){e instanceof Me||A(`exiting due to exception: `+e)}if(g){var T=C(),E=C();v=h?E.dirname(v)+`/`:__dirname+`/`,b=(e,t)=>(e=De(e)?new URL(e):E.normalize(e),T.readFileSync(e,t?void 0:`utf8`)),S=e=>{var t=b(e,!0);return t.buffer||(t=new Uint8Array(t)),t},x=(e,t,n)=>{e=De(e)?new URL(e):E.normalize(e),T.readFile(e,function(e,r){e?n(e):t(r.buffer)})},process.argv.length>1&&process.argv[1].replace(/\\/g,`/`),f=process.argv.slice(2),process.on(`uncaughtException`,function(e){if(!(e instanceof Me))throw e}),process.on(`unhandledRejection`,function(e){throw e}),p=(e,t)=>{if(pe())throw process.exitCode=e,t;w(t),process.exit(e)},s.inspect=function(){return`[Emscripten Module object]`};let e;try{e=C()}catch(e){throw console.error(`The "worker_threads" module is not supported in this node.js build - perhaps a newer version is needed?`),e}global.Worker=e.Worker}else(m||h)&&(h?v=self.location.href:typeof document<`u`&&document.currentScript&&(v=document.currentScript.src),e!==void 0&&e&&(v=e),v=v.indexOf(`blob:`)===0?``:v.substr(0,v.replace(/[?#].*/,``).lastIndexOf(`/`)+1),g||(b=e=>{var t=new XMLHttpRequest;return t.open(`GET`,e,!1),t.send(null),t.responseText},h&&(S=e=>{var t=new XMLHttpRequest;return t.open(`GET`,e,!1),t.responseType=`arraybuffer`,t.send(null),new Uint8Array(t.response)}),x=(e,t,n)=>{var r=new XMLHttpRequest;r.open(`GET`,e,!0),r.responseType=`arraybuffer`,r.onload=()=>{r.status==200||r.status==0&&r.response?t(r.response):n()},r.onerror=n,r.send(null)}));g&&typeof performance>`u`&&(global.performance=C().performance);var D=console.log.bind(console),O=console.warn.bind(console);g&&(D=e=>T.writeSync(1,e+`
`),O=e=>T.writeSync(2,e+`
`));var k=s.print||D,A=s.printErr||O;Object.assign(s,d),d=null,s.arguments&&(f=s.arguments),s.thisProgram&&s.thisProgram,s.quit&&(p=s.quit),Atomics.load,Atomics.store,Atomics.compareExchange;var j;s.wasmBinary&&(j=s.wasmBinary);var ee=s.noExitRuntime||!0;typeof WebAssembly!=`object`&&we(`no native wasm support detected`);var M,te,N=!1,P;function ne(e,t){e||we(t)}var F=typeof TextDecoder<`u`?new TextDecoder(`utf8`):void 0;function re(e,t,n){t>>>=0;for(var r=t+n,i=t;e[i]&&!(i>=r);)++i;if(i-t>16&&e.buffer&&F)return F.decode(e.buffer instanceof SharedArrayBuffer?e.slice(t,i):e.subarray(t,i));for(var a=``;t<i;){var o=e[t++];if(!(o&128))a+=String.fromCharCode(o);else{var s=e[t++]&63;if((o&224)==192)a+=String.fromCharCode((o&31)<<6|s);else{var c=e[t++]&63;if(o=(o&240)==224?(o&15)<<12|s<<6|c:(o&7)<<18|s<<12|c<<6|e[t++]&63,o<65536)a+=String.fromCharCode(o);else{var l=o-65536;a+=String.fromCharCode(55296|l>>10,56320|l&1023)}}}}return a}function ie(e,t){return e>>>=0,e?re(r(),e,t):``}function ae(e,t,n,r){if(n>>>=0,!(r>0))return 0;for(var i=n,a=n+r-1,o=0;o<e.length;++o){var s=e.charCodeAt(o);if(s>=55296&&s<=57343){var c=e.charCodeAt(++o);s=65536+((s&1023)<<10)|c&1023}if(s<=127){if(n>=a)break;t[n++>>>0]=s}else if(s<=2047){if(n+1>=a)break;t[n++>>>0]=192|s>>6,t[n++>>>0]=128|s&63}else if(s<=65535){if(n+2>=a)break;t[n++>>>0]=224|s>>12,t[n++>>>0]=128|s>>6&63,t[n++>>>0]=128|s&63}else{if(n+3>=a)break;t[n++>>>0]=240|s>>18,t[n++>>>0]=128|s>>12&63,t[n++>>>0]=128|s>>6&63,t[n++>>>0]=128|s&63}}return t[n>>>0]=0,n-i}function oe(e,t,n){return ae(e,r(),t,n)}var I,L,R,se,ce,le;_&&(I=s.buffer);function z(e){I=e,s.HEAP8=L=new Int8Array(e),s.HEAP16=new Int16Array(e),s.HEAP32=se=new Int32Array(e),s.HEAPU8=R=new Uint8Array(e),s.HEAPU16=new Uint16Array(e),s.HEAPU32=ce=new Uint32Array(e),s.HEAPF32=new Float32Array(e),s.HEAPF64=le=new Float64Array(e)}var ue=s.INITIAL_MEMORY||16777216;if(_)M=s.wasmMemory,I=s.buffer;else if(s.wasmMemory)M=s.wasmMemory;else if(M=new WebAssembly.Memory({initial:ue/65536,maximum:65536,shared:!0}),!(M.buffer instanceof SharedArrayBuffer))throw A(`requested a shared WebAssembly.Memory but the returned buffer is not a SharedArrayBuffer, indicating that while the browser has SharedArrayBuffer it does not have WebAssembly threads support - you may need to set a flag`),g&&A(`(on node you may need: --experimental-wasm-threads --experimental-wasm-bulk-memory and/or recent version)`),Error(`bad memory`);M&&(I=M.buffer),ue=I.byteLength,z(I);var de,B=[],V=[],fe=[];function pe(){return ee}function me(){if(s.preRun)for(typeof s.preRun==`function`&&(s.preRun=[s.preRun]);s.preRun.length;)_e(s.preRun.shift());He(B)}function he(){_||He(V)}function ge(){if(!_){if(s.postRun)for(typeof s.postRun==`function`&&(s.postRun=[s.postRun]);s.postRun.length;)ye(s.postRun.shift());He(fe)}}function _e(e){B.unshift(e)}function ve(e){V.unshift(e)}function ye(e){fe.unshift(e)}var H=0,be=null,xe=null;function Se(e){H++,s.monitorRunDependencies&&s.monitorRunDependencies(H)}function Ce(e){if(H--,s.monitorRunDependencies&&s.monitorRunDependencies(H),H==0&&(be!==null&&(clearInterval(be),be=null),xe)){var t=xe;xe=null,t()}}function we(e){s.onAbort&&s.onAbort(e),e=`Aborted(`+e+`)`,A(e),N=!0,P=1,e+=`. Build with -sASSERTIONS for more info.`;var t=new WebAssembly.RuntimeError(e);throw l(t),t}var Te=`data:application/octet-stream;base64,`;function Ee(e){return e.startsWith(Te)}function De(e){return e.startsWith(`file://`)}var U=`tfjs-backend-wasm-threaded-simd.wasm`;Ee(U)||(U=y(U));function Oe(e){try{if(e==U&&j)return new Uint8Array(j);if(S)return S(e);throw`both async and sync fetching of the wasm failed`}catch(e){we(e)}}function ke(){if(!j&&(m||h)){if(typeof fetch==`function`&&!De(U))return fetch(U,{credentials:`same-origin`}).then(function(e){if(!e.ok)throw`failed to load wasm binary file at '`+U+`'`;return e.arrayBuffer()}).catch(function(){return Oe(U)});if(x)return new Promise(function(e,t){x(U,function(t){e(new Uint8Array(t))},t)})}return Promise.resolve().then(function(){return Oe(U)})}function Ae(){var e={env:kt,wasi_snapshot_preview1:kt};function t(e,t){if(s.asm=e.exports,qe(s.asm._emscripten_tls_init),de=s.asm.__indirect_function_table,ve(s.asm.__wasm_call_ctors),te=t,!_){var n=W.unusedWorkers.length;W.unusedWorkers.forEach(function(e){W.loadWasmModuleToWorker(e,function(){--n||Ce(`wasm-instantiate`)})})}}_||Se(`wasm-instantiate`);function n(e){t(e.instance,e.module)}function r(t){return ke().then(function(t){return WebAssembly.instantiate(t,e)}).then(function(e){return e}).then(t,function(e){A(`failed to asynchronously prepare wasm: `+e),we(e)})}function i(){return!j&&typeof WebAssembly.instantiateStreaming==`function`&&!Ee(U)&&!De(U)&&!g&&typeof fetch==`function`?fetch(U,{credentials:`same-origin`}).then(function(t){return WebAssembly.instantiateStreaming(t,e).then(n,function(e){return A(`wasm streaming compile failed: `+e),A(`falling back to ArrayBuffer instantiation`),r(n)})}):r(n)}if(s.instantiateWasm)try{return s.instantiateWasm(e,t)}catch(e){A(`Module.instantiateWasm callback failed with error: `+e),l(e)}return i().catch(l),{}}var je={};function Me(e){this.name=`ExitStatus`,this.message=`Program terminated with exit(`+e+`)`,this.status=e}function Ne(e){var t=W.pthreads[e];delete W.pthreads[e],t.terminate(),$(e),W.runningWorkers.splice(W.runningWorkers.indexOf(t),1),t.pthread_ptr=0}function Pe(e){W.pthreads[e].postMessage({cmd:`cancel`})}function Fe(e){var t=W.pthreads[e];ne(t),W.returnWorkerToPool(t)}function Ie(e){var t=W.getNewWorker();if(!t)return 6;W.runningWorkers.push(t),W.pthreads[e.pthread_ptr]=t,t.pthread_ptr=e.pthread_ptr;var n={cmd:`run`,start_routine:e.startRoutine,arg:e.arg,pthread_ptr:e.pthread_ptr};return t.runPthread=()=>{g&&t.ref(),t.postMessage(n,e.transferList),delete t.runPthread},t.loaded&&t.runPthread(),0}var Le={varargs:void 0,get:function(){return Le.varargs+=4,i()[Le.varargs-4>>>2]},getStr:function(e){return ie(e)}};function Re(e){if(_)return mt(1,1,e);P=e,pe()||(W.terminateAllThreads(),s.onExit&&s.onExit(e),N=!0),p(e,new Me(e))}function ze(e,t){if(P=e,!t&&_)throw G(e),`unwind`;Re(e)}var Be=ze;function Ve(e){if(e instanceof Me||e==`unwind`)return P;p(1,e)}var W={unusedWorkers:[],runningWorkers:[],tlsInitFunctions:[],pthreads:{},init:function(){_?W.initWorker():W.initMainThread()},initMainThread:function(){for(var e=8;e--;)W.allocateUnusedWorker()},initWorker:function(){ee=!1},setExitStatus:function(e){P=e},terminateAllThreads:function(){for(var e of Object.values(W.pthreads))W.returnWorkerToPool(e);for(var e of W.unusedWorkers)e.terminate();W.unusedWorkers=[]},returnWorkerToPool:function(e){var t=e.pthread_ptr;delete W.pthreads[t],W.unusedWorkers.push(e),W.runningWorkers.splice(W.runningWorkers.indexOf(e),1),e.pthread_ptr=0,g&&e.unref(),$(t)},receiveObjectTransfer:function(e){},threadInitTLS:function(){W.tlsInitFunctions.forEach(e=>e())},loadWasmModuleToWorker:function(t,n){t.onmessage=e=>{var r=e.data,i=r.cmd;if(t.pthread_ptr&&(W.currentProxiedOperationCallerThread=t.pthread_ptr),r.targetThread&&r.targetThread!=li()){var a=W.pthreads[r.targetThread];a?a.postMessage(r,r.transferList):A(`Internal error! Worker sent a message "`+i+`" to target pthread `+r.targetThread+`, but that thread no longer exists!`),W.currentProxiedOperationCallerThread=void 0}else i===`processProxyingQueue`?tt(r.queue):i===`spawnThread`?Ie(r):i===`cleanupThread`?Fe(r.thread):i===`killThread`?Ne(r.thread):i===`cancelThread`?Pe(r.thread):i===`loaded`?(t.loaded=!0,g&&t.unref(),n&&n(t),t.runPthread&&t.runPthread()):i===`print`?k(`Thread `+r.threadId+`: `+r.text):i===`printErr`?A(`Thread `+r.threadId+`: `+r.text):i===`alert`?alert(`Thread `+r.threadId+`: `+r.text):r.target===`setimmediate`?t.postMessage(r):i===`callHandler`?s[r.handler](...r.args):i&&A(`worker sent an unknown command `+i),W.currentProxiedOperationCallerThread=void 0},t.onerror=e=>{throw A(`worker sent an error! `+e.filename+`:`+e.lineno+`: `+e.message),e},g&&(t.on(`message`,function(e){t.onmessage({data:e})}),t.on(`error`,function(e){t.onerror(e)}),t.on(`detachedExit`,function(){}));var r=[];for(var i of[`onExit`,`onAbort`,`print`,`printErr`])s.hasOwnProperty(i)&&r.push(i);t.postMessage({cmd:`load`,handlers:r,urlOrBlob:s.mainScriptUrlOrBlob||e,wasmMemory:M,wasmModule:te})},allocateUnusedWorker:function(){var e,t=y(`tfjs-backend-wasm-threaded-simd.worker.js`);e=new Worker(t),W.unusedWorkers.push(e)},getNewWorker:function(){return W.unusedWorkers.length==0&&(W.allocateUnusedWorker(),W.loadWasmModuleToWorker(W.unusedWorkers[0])),W.unusedWorkers.pop()}};s.PThread=W;function He(e){for(;e.length>0;)e.shift()(s)}function Ue(){var e=li(),t=i()[e+52>>>2],n=t-i()[e+56>>>2];yi(t,n),xi(t)}s.establishStackSpace=Ue;function G(e){if(_)return mt(2,0,e);try{Be(e)}catch(e){Ve(e)}}var We=[];function Ge(e){var t=We[e];return t||(e>=We.length&&(We.length=e+1),We[e]=t=de.get(e)),t}function Ke(e,t){var n=Ge(e)(t);pe()?W.setExitStatus(n):vi(n)}s.invokeEntryPoint=Ke;function qe(e){W.tlsInitFunctions.push(e)}function Je(e){di(e,!h,1,!m),W.threadInitTLS()}function Ye(e){_?postMessage({cmd:`cleanupThread`,thread:e}):Fe(e)}function Xe(e,t,n,r){return _?mt(3,1,e,t,n,r):Ze(e,t,n,r)}function Ze(e,t,n,r){if(typeof SharedArrayBuffer>`u`)return A(`Current environment does not support SharedArrayBuffer, pthreads are not available!`),6;var i=[];if(_&&i.length===0)return Xe(e,t,n,r);var a={startRoutine:n,pthread_ptr:e,arg:r,transferList:i};return _?(a.cmd=`spawnThread`,postMessage(a,i),0):Ie(a)}function Qe(){return 65536}var $e=!0;function et(){return $e}function tt(e){Atomics.store(i(),e>>2,1),li()&&_i(e),Atomics.compareExchange(i(),e>>2,1,0)}s.executeNotifiedProxyingQueue=tt;function nt(e,t,n,r){if(e==t)setTimeout(()=>tt(r));else if(_)postMessage({targetThread:e,cmd:`processProxyingQueue`,queue:r});else{var i=W.pthreads[e];if(!i)return;i.postMessage({cmd:`processProxyingQueue`,queue:r})}return 1}function rt(e,t,n){return-1}function it(){we(``)}function at(e){at.shown||={},at.shown[e]||(at.shown[e]=1,g&&(e=`warning: `+e),A(e))}function ot(){g||h||at(`Blocking on the main thread is very dangerous, see https://emscripten.org/docs/porting/pthreads.html#blocking-on-the-main-browser-thread`)}function st(){return Date.now()}function ct(){return 4294901760}function lt(){return ct()}var ut=g?()=>{var e=process.hrtime();return e[0]*1e3+e[1]/1e6}:()=>performance.timeOrigin+performance.now();function dt(e,t,n){r().copyWithin(e>>>0,t>>>0,t+n>>>0)}function ft(){return g?C().cpus().length:navigator.hardwareConcurrency}function pt(e){var t=bi(),n=e();return xi(t),n}function mt(e,t){var n=arguments.length-2,r=arguments;return pt(()=>{for(var i=n,a=Si(i*8),s=a>>3,c=0;c<n;c++){var l=r[2+c];o()[s+c>>>0]=l}return hi(e,i,a,t)})}var ht=[];function gt(e,t,n){ht.length=t;for(var r=n>>3,i=0;i<t;i++)ht[i]=o()[r+i>>>0];return(e<0?je[-e-1]:Ot[e]).apply(null,ht)}function _t(e){try{return M.grow(e-I.byteLength+65535>>>16),z(M.buffer),1}catch{}}function vt(e){var t=r().length;if(e>>>=0,e<=t)return!1;var n=ct();if(e>n)return!1;let i=(e,t)=>e+(t-e%t)%t;for(var a=1;a<=4;a*=2){var o=t*(1+.2/a);if(o=Math.min(o,e+100663296),_t(Math.min(n,i(Math.max(e,o),65536))))return!0}return!1}function yt(){throw`unwind`}function bt(e){return _?mt(4,1,e):52}function xt(e,t,n,r,i){return _?mt(5,1,e,t,n,r,i):70}var St=[null,[],[]];function Ct(e,t){var n=St[e];t===0||t===10?((e===1?k:A)(re(n,0)),n.length=0):n.push(t)}function wt(e,t,n,i){if(_)return mt(6,1,e,t,n,i);for(var o=0,s=0;s<n;s++){var c=a()[t>>>2],l=a()[t+4>>>2];t+=8;for(var u=0;u<l;u++)Ct(e,r()[c+u>>>0]);o+=l}return a()[i>>>2]=o,0}function Tt(e){return s[`_`+e]}function Et(e,t){n().set(e,t>>>0)}function K(e,t,n,r,i){var a={string:e=>{var t=0;if(e!=null&&e!==0){var n=(e.length<<2)+1;t=Si(n),oe(e,t,n)}return t},array:e=>{var t=Si(e.length);return Et(e,t),t}};function o(e){return t===`string`?ie(e):t===`boolean`?!!e:e}var s=Tt(e),c=[],l=0;if(r)for(var u=0;u<r.length;u++){var d=a[n[u]];d?(l===0&&(l=bi()),c[u]=d(r[u])):c[u]=r[u]}var f=s.apply(null,c);function p(e){return l!==0&&xi(l),o(e)}return f=p(f),f}function Dt(e,t,n,r){n||=[];var i=n.every(e=>e===`number`||e===`boolean`);return t!==`string`&&i&&!r?Tt(e):function(){return K(e,t,n,arguments,r)}}W.init();var Ot=[null,Re,G,Xe,bt,xt,wt],kt={__emscripten_init_main_thread_js:Je,__emscripten_thread_cleanup:Ye,__pthread_create_js:Ze,_emscripten_default_pthread_stack_size:Qe,_emscripten_get_now_is_monotonic:et,_emscripten_notify_task_queue:nt,_emscripten_set_offscreencanvas_size:rt,abort:it,emscripten_check_blocking_allowed:ot,emscripten_date_now:st,emscripten_get_heap_max:lt,emscripten_get_now:ut,emscripten_memcpy_big:dt,emscripten_num_logical_cores:ft,emscripten_receive_on_main_thread_js:gt,emscripten_resize_heap:vt,emscripten_unwind_to_js_event_loop:yt,exit:Be,fd_close:bt,fd_seek:xt,fd_write:wt,memory:M||s.wasmMemory};Ae();var At=s.___wasm_call_ctors=function(){return(At=s.___wasm_call_ctors=s.asm.__wasm_call_ctors).apply(null,arguments)},jt=s._init=function(){return(jt=s._init=s.asm.init).apply(null,arguments)},Mt=s._init_with_threads_count=function(){return(Mt=s._init_with_threads_count=s.asm.init_with_threads_count).apply(null,arguments)},Nt=s._get_threads_count=function(){return(Nt=s._get_threads_count=s.asm.get_threads_count).apply(null,arguments)},Pt=s._register_tensor=function(){return(Pt=s._register_tensor=s.asm.register_tensor).apply(null,arguments)},Ft=s._dispose_data=function(){return(Ft=s._dispose_data=s.asm.dispose_data).apply(null,arguments)},It=s._dispose=function(){return(It=s._dispose=s.asm.dispose).apply(null,arguments)},Lt=s._Abs=function(){return(Lt=s._Abs=s.asm.Abs).apply(null,arguments)},Rt=s._Acos=function(){return(Rt=s._Acos=s.asm.Acos).apply(null,arguments)},zt=s._Acosh=function(){return(zt=s._Acosh=s.asm.Acosh).apply(null,arguments)},Bt=s._Add=function(){return(Bt=s._Add=s.asm.Add).apply(null,arguments)},Vt=s._AddN=function(){return(Vt=s._AddN=s.asm.AddN).apply(null,arguments)},Ht=s._All=function(){return(Ht=s._All=s.asm.All).apply(null,arguments)},Ut=s._Any=function(){return(Ut=s._Any=s.asm.Any).apply(null,arguments)},Wt=s._ArgMax=function(){return(Wt=s._ArgMax=s.asm.ArgMax).apply(null,arguments)},Gt=s._ArgMin=function(){return(Gt=s._ArgMin=s.asm.ArgMin).apply(null,arguments)},Kt=s._Asin=function(){return(Kt=s._Asin=s.asm.Asin).apply(null,arguments)},qt=s._Asinh=function(){return(qt=s._Asinh=s.asm.Asinh).apply(null,arguments)},Jt=s._Atan=function(){return(Jt=s._Atan=s.asm.Atan).apply(null,arguments)},Yt=s._Atan2=function(){return(Yt=s._Atan2=s.asm.Atan2).apply(null,arguments)},Xt=s._Atanh=function(){return(Xt=s._Atanh=s.asm.Atanh).apply(null,arguments)},Zt=s._AvgPool=function(){return(Zt=s._AvgPool=s.asm.AvgPool).apply(null,arguments)},Qt=s._AvgPool3D=function(){return(Qt=s._AvgPool3D=s.asm.AvgPool3D).apply(null,arguments)},$t=s._AvgPool3DGrad=function(){return($t=s._AvgPool3DGrad=s.asm.AvgPool3DGrad).apply(null,arguments)},en=s._AvgPoolGrad=function(){return(en=s._AvgPoolGrad=s.asm.AvgPoolGrad).apply(null,arguments)},tn=s._BatchMatMul=function(){return(tn=s._BatchMatMul=s.asm.BatchMatMul).apply(null,arguments)},nn=s._Bincount=function(){return(nn=s._Bincount=s.asm.Bincount).apply(null,arguments)},rn=s._BitwiseAnd=function(){return(rn=s._BitwiseAnd=s.asm.BitwiseAnd).apply(null,arguments)},an=s._Ceil=function(){return(an=s._Ceil=s.asm.Ceil).apply(null,arguments)},on=s._ClipByValue=function(){return(on=s._ClipByValue=s.asm.ClipByValue).apply(null,arguments)},sn=s._Conv2D=function(){return(sn=s._Conv2D=s.asm.Conv2D).apply(null,arguments)},cn=s._Conv2DBackpropInput=function(){return(cn=s._Conv2DBackpropInput=s.asm.Conv2DBackpropInput).apply(null,arguments)},ln=s._Conv3D=function(){return(ln=s._Conv3D=s.asm.Conv3D).apply(null,arguments)},un=s._Conv3DBackpropFilterV2=function(){return(un=s._Conv3DBackpropFilterV2=s.asm.Conv3DBackpropFilterV2).apply(null,arguments)},dn=s._Conv3DBackpropInputV2=function(){return(dn=s._Conv3DBackpropInputV2=s.asm.Conv3DBackpropInputV2).apply(null,arguments)},fn=s._Cos=function(){return(fn=s._Cos=s.asm.Cos).apply(null,arguments)},pn=s._Cosh=function(){return(pn=s._Cosh=s.asm.Cosh).apply(null,arguments)},mn=s._CropAndResize=function(){return(mn=s._CropAndResize=s.asm.CropAndResize).apply(null,arguments)},hn=s._Cumprod=function(){return(hn=s._Cumprod=s.asm.Cumprod).apply(null,arguments)},gn=s._Cumsum=function(){return(gn=s._Cumsum=s.asm.Cumsum).apply(null,arguments)},_n=s._DenseBincount=function(){return(_n=s._DenseBincount=s.asm.DenseBincount).apply(null,arguments)},vn=s._DepthToSpace=function(){return(vn=s._DepthToSpace=s.asm.DepthToSpace).apply(null,arguments)},yn=s._DepthwiseConv2dNative=function(){return(yn=s._DepthwiseConv2dNative=s.asm.DepthwiseConv2dNative).apply(null,arguments)},bn=s._Diag=function(){return(bn=s._Diag=s.asm.Diag).apply(null,arguments)},xn=s._Dilation2D=function(){return(xn=s._Dilation2D=s.asm.Dilation2D).apply(null,arguments)},Sn=s._Dilation2DBackpropFilter=function(){return(Sn=s._Dilation2DBackpropFilter=s.asm.Dilation2DBackpropFilter).apply(null,arguments)},Cn=s._Dilation2DBackpropInput=function(){return(Cn=s._Dilation2DBackpropInput=s.asm.Dilation2DBackpropInput).apply(null,arguments)},wn=s._Elu=function(){return(wn=s._Elu=s.asm.Elu).apply(null,arguments)},Tn=s._EluGrad=function(){return(Tn=s._EluGrad=s.asm.EluGrad).apply(null,arguments)},En=s._Equal=function(){return(En=s._Equal=s.asm.Equal).apply(null,arguments)},Dn=s._Erf=function(){return(Dn=s._Erf=s.asm.Erf).apply(null,arguments)},On=s._Exp=function(){return(On=s._Exp=s.asm.Exp).apply(null,arguments)},kn=s._Expm1=function(){return(kn=s._Expm1=s.asm.Expm1).apply(null,arguments)},An=s._FlipLeftRight=function(){return(An=s._FlipLeftRight=s.asm.FlipLeftRight).apply(null,arguments)},jn=s._Floor=function(){return(jn=s._Floor=s.asm.Floor).apply(null,arguments)},Mn=s._FloorDiv=function(){return(Mn=s._FloorDiv=s.asm.FloorDiv).apply(null,arguments)},q=s._FusedBatchNorm=function(){return(q=s._FusedBatchNorm=s.asm.FusedBatchNorm).apply(null,arguments)},Nn=s._FusedConv2D=function(){return(Nn=s._FusedConv2D=s.asm.FusedConv2D).apply(null,arguments)},Pn=s._FusedDepthwiseConv2D=function(){return(Pn=s._FusedDepthwiseConv2D=s.asm.FusedDepthwiseConv2D).apply(null,arguments)},Fn=s._Gather=function(){return(Fn=s._Gather=s.asm.Gather).apply(null,arguments)},In=s._GatherNd=function(){return(In=s._GatherNd=s.asm.GatherNd).apply(null,arguments)},Ln=s._Greater=function(){return(Ln=s._Greater=s.asm.Greater).apply(null,arguments)},Rn=s._GreaterEqual=function(){return(Rn=s._GreaterEqual=s.asm.GreaterEqual).apply(null,arguments)},zn=s._IsFinite=function(){return(zn=s._IsFinite=s.asm.IsFinite).apply(null,arguments)},Bn=s._IsInf=function(){return(Bn=s._IsInf=s.asm.IsInf).apply(null,arguments)},Vn=s._IsNan=function(){return(Vn=s._IsNan=s.asm.IsNan).apply(null,arguments)},Hn=s._LRN=function(){return(Hn=s._LRN=s.asm.LRN).apply(null,arguments)},Un=s._LRNGrad=function(){return(Un=s._LRNGrad=s.asm.LRNGrad).apply(null,arguments)},Wn=s._LeakyRelu=function(){return(Wn=s._LeakyRelu=s.asm.LeakyRelu).apply(null,arguments)},Gn=s._Less=function(){return(Gn=s._Less=s.asm.Less).apply(null,arguments)},Kn=s._LessEqual=function(){return(Kn=s._LessEqual=s.asm.LessEqual).apply(null,arguments)},qn=s._LinSpace=function(){return(qn=s._LinSpace=s.asm.LinSpace).apply(null,arguments)},Jn=s._Log=function(){return(Jn=s._Log=s.asm.Log).apply(null,arguments)},Yn=s._Log1p=function(){return(Yn=s._Log1p=s.asm.Log1p).apply(null,arguments)},Xn=s._LogicalAnd=function(){return(Xn=s._LogicalAnd=s.asm.LogicalAnd).apply(null,arguments)},Zn=s._LogicalNot=function(){return(Zn=s._LogicalNot=s.asm.LogicalNot).apply(null,arguments)},Qn=s._LogicalOr=function(){return(Qn=s._LogicalOr=s.asm.LogicalOr).apply(null,arguments)},$n=s._LogicalXor=function(){return($n=s._LogicalXor=s.asm.LogicalXor).apply(null,arguments)},J=s._Max=function(){return(J=s._Max=s.asm.Max).apply(null,arguments)},er=s._MaxPool=function(){return(er=s._MaxPool=s.asm.MaxPool).apply(null,arguments)},tr=s._MaxPool3D=function(){return(tr=s._MaxPool3D=s.asm.MaxPool3D).apply(null,arguments)},nr=s._MaxPool3DGrad=function(){return(nr=s._MaxPool3DGrad=s.asm.MaxPool3DGrad).apply(null,arguments)},rr=s._MaxPoolGrad=function(){return(rr=s._MaxPoolGrad=s.asm.MaxPoolGrad).apply(null,arguments)},ir=s._MaxPoolWithArgmax=function(){return(ir=s._MaxPoolWithArgmax=s.asm.MaxPoolWithArgmax).apply(null,arguments)},Y=s._Maximum=function(){return(Y=s._Maximum=s.asm.Maximum).apply(null,arguments)},ar=s._Mean=function(){return(ar=s._Mean=s.asm.Mean).apply(null,arguments)},or=s._Min=function(){return(or=s._Min=s.asm.Min).apply(null,arguments)},sr=s._Minimum=function(){return(sr=s._Minimum=s.asm.Minimum).apply(null,arguments)},X=s._MirrorPad=function(){return(X=s._MirrorPad=s.asm.MirrorPad).apply(null,arguments)},cr=s._Mod=function(){return(cr=s._Mod=s.asm.Mod).apply(null,arguments)},lr=s._Multinomial=function(){return(lr=s._Multinomial=s.asm.Multinomial).apply(null,arguments)},ur=s._Multiply=function(){return(ur=s._Multiply=s.asm.Multiply).apply(null,arguments)},dr=s._Neg=function(){return(dr=s._Neg=s.asm.Neg).apply(null,arguments)},fr=s._NonMaxSuppressionV3=function(){return(fr=s._NonMaxSuppressionV3=s.asm.NonMaxSuppressionV3).apply(null,arguments)},pr=s._NonMaxSuppressionV4=function(){return(pr=s._NonMaxSuppressionV4=s.asm.NonMaxSuppressionV4).apply(null,arguments)},mr=s._NonMaxSuppressionV5=function(){return(mr=s._NonMaxSuppressionV5=s.asm.NonMaxSuppressionV5).apply(null,arguments)},hr=s._NotEqual=function(){return(hr=s._NotEqual=s.asm.NotEqual).apply(null,arguments)},gr=s._OneHot=function(){return(gr=s._OneHot=s.asm.OneHot).apply(null,arguments)},Z=s._PadV2=function(){return(Z=s._PadV2=s.asm.PadV2).apply(null,arguments)},_r=s._Pow=function(){return(_r=s._Pow=s.asm.Pow).apply(null,arguments)},vr=s._Prelu=function(){return(vr=s._Prelu=s.asm.Prelu).apply(null,arguments)},yr=s._Prod=function(){return(yr=s._Prod=s.asm.Prod).apply(null,arguments)},br=s._RealDiv=function(){return(br=s._RealDiv=s.asm.RealDiv).apply(null,arguments)},xr=s._Reciprocal=function(){return(xr=s._Reciprocal=s.asm.Reciprocal).apply(null,arguments)},Sr=s._Relu=function(){return(Sr=s._Relu=s.asm.Relu).apply(null,arguments)},Cr=s._Relu6=function(){return(Cr=s._Relu6=s.asm.Relu6).apply(null,arguments)},wr=s._ResizeBilinear=function(){return(wr=s._ResizeBilinear=s.asm.ResizeBilinear).apply(null,arguments)},Tr=s._ResizeBilinearGrad=function(){return(Tr=s._ResizeBilinearGrad=s.asm.ResizeBilinearGrad).apply(null,arguments)},Er=s._ResizeNearestNeighbor=function(){return(Er=s._ResizeNearestNeighbor=s.asm.ResizeNearestNeighbor).apply(null,arguments)},Dr=s._ResizeNearestNeighborGrad=function(){return(Dr=s._ResizeNearestNeighborGrad=s.asm.ResizeNearestNeighborGrad).apply(null,arguments)},Or=s._Reverse=function(){return(Or=s._Reverse=s.asm.Reverse).apply(null,arguments)},kr=s._RotateWithOffset=function(){return(kr=s._RotateWithOffset=s.asm.RotateWithOffset).apply(null,arguments)},Ar=s._Round=function(){return(Ar=s._Round=s.asm.Round).apply(null,arguments)},jr=s._Rsqrt=function(){return(jr=s._Rsqrt=s.asm.Rsqrt).apply(null,arguments)},Mr=s._ScatterNd=function(){return(Mr=s._ScatterNd=s.asm.ScatterNd).apply(null,arguments)},Nr=s._SearchSorted=function(){return(Nr=s._SearchSorted=s.asm.SearchSorted).apply(null,arguments)},Pr=s._SelectV2=function(){return(Pr=s._SelectV2=s.asm.SelectV2).apply(null,arguments)},Fr=s._Selu=function(){return(Fr=s._Selu=s.asm.Selu).apply(null,arguments)},Ir=s._Sigmoid=function(){return(Ir=s._Sigmoid=s.asm.Sigmoid).apply(null,arguments)},Lr=s._Sign=function(){return(Lr=s._Sign=s.asm.Sign).apply(null,arguments)},Rr=s._Sin=function(){return(Rr=s._Sin=s.asm.Sin).apply(null,arguments)},zr=s._Sinh=function(){return(zr=s._Sinh=s.asm.Sinh).apply(null,arguments)},Br=s._Softmax=function(){return(Br=s._Softmax=s.asm.Softmax).apply(null,arguments)},Vr=s._Softplus=function(){return(Vr=s._Softplus=s.asm.Softplus).apply(null,arguments)},Hr=s._SparseFillEmptyRows=function(){return(Hr=s._SparseFillEmptyRows=s.asm.SparseFillEmptyRows).apply(null,arguments)},Ur=s._SparseReshape=function(){return(Ur=s._SparseReshape=s.asm.SparseReshape).apply(null,arguments)},Wr=s._SparseSegmentReduction=function(){return(Wr=s._SparseSegmentReduction=s.asm.SparseSegmentReduction).apply(null,arguments)},Gr=s._SparseToDense=function(){return(Gr=s._SparseToDense=s.asm.SparseToDense).apply(null,arguments)},Kr=s._Sqrt=function(){return(Kr=s._Sqrt=s.asm.Sqrt).apply(null,arguments)},qr=s._Square=function(){return(qr=s._Square=s.asm.Square).apply(null,arguments)},Jr=s._SquaredDifference=function(){return(Jr=s._SquaredDifference=s.asm.SquaredDifference).apply(null,arguments)},Yr=s._Step=function(){return(Yr=s._Step=s.asm.Step).apply(null,arguments)},Xr=s._StridedSlice=function(){return(Xr=s._StridedSlice=s.asm.StridedSlice).apply(null,arguments)},Zr=s._Sub=function(){return(Zr=s._Sub=s.asm.Sub).apply(null,arguments)},Qr=s._Sum=function(){return(Qr=s._Sum=s.asm.Sum).apply(null,arguments)},Q=s._Tan=function(){return(Q=s._Tan=s.asm.Tan).apply(null,arguments)},$r=s._Tanh=function(){return($r=s._Tanh=s.asm.Tanh).apply(null,arguments)},ei=s._TensorScatterUpdate=function(){return(ei=s._TensorScatterUpdate=s.asm.TensorScatterUpdate).apply(null,arguments)},ti=s._Tile=function(){return(ti=s._Tile=s.asm.Tile).apply(null,arguments)},ni=s._TopK=function(){return(ni=s._TopK=s.asm.TopK).apply(null,arguments)},ri=s._Transform=function(){return(ri=s._Transform=s.asm.Transform).apply(null,arguments)},ii=s._Transpose=function(){return(ii=s._Transpose=s.asm.Transpose).apply(null,arguments)},ai=s.__FusedMatMul=function(){return(ai=s.__FusedMatMul=s.asm._FusedMatMul).apply(null,arguments)},oi=s._malloc=function(){return(oi=s._malloc=s.asm.malloc).apply(null,arguments)},si=s._free=function(){return(si=s._free=s.asm.free).apply(null,arguments)},ci=s.__emscripten_tls_init=function(){return(ci=s.__emscripten_tls_init=s.asm._emscripten_tls_init).apply(null,arguments)},li=s._pthread_self=function(){return(li=s._pthread_self=s.asm.pthread_self).apply(null,arguments)},ui=s.___errno_location=function(){return(ui=s.___errno_location=s.asm.__errno_location).apply(null,arguments)},di=s.__emscripten_thread_init=function(){return(di=s.__emscripten_thread_init=s.asm._emscripten_thread_init).apply(null,arguments)},fi=s.__emscripten_thread_crashed=function(){return(fi=s.__emscripten_thread_crashed=s.asm._emscripten_thread_crashed).apply(null,arguments)},pi=s._emscripten_main_thread_process_queued_calls=function(){return(pi=s._emscripten_main_thread_process_queued_calls=s.asm.emscripten_main_thread_process_queued_calls).apply(null,arguments)},mi=s._emscripten_main_browser_thread_id=function(){return(mi=s._emscripten_main_browser_thread_id=s.asm.emscripten_main_browser_thread_id).apply(null,arguments)},hi=s._emscripten_run_in_main_runtime_thread_js=function(){return(hi=s._emscripten_run_in_main_runtime_thread_js=s.asm.emscripten_run_in_main_runtime_thread_js).apply(null,arguments)},gi=s._emscripten_dispatch_to_thread_=function(){return(gi=s._emscripten_dispatch_to_thread_=s.asm.emscripten_dispatch_to_thread_).apply(null,arguments)},_i=s.__emscripten_proxy_execute_task_queue=function(){return(_i=s.__emscripten_proxy_execute_task_queue=s.asm._emscripten_proxy_execute_task_queue).apply(null,arguments)},$=s.__emscripten_thread_free_data=function(){return($=s.__emscripten_thread_free_data=s.asm._emscripten_thread_free_data).apply(null,arguments)},vi=s.__emscripten_thread_exit=function(){return(vi=s.__emscripten_thread_exit=s.asm._emscripten_thread_exit).apply(null,arguments)},yi=s._emscripten_stack_set_limits=function(){return(yi=s._emscripten_stack_set_limits=s.asm.emscripten_stack_set_limits).apply(null,arguments)},bi=s.stackSave=function(){return(bi=s.stackSave=s.asm.stackSave).apply(null,arguments)},xi=s.stackRestore=function(){return(xi=s.stackRestore=s.asm.stackRestore).apply(null,arguments)},Si=s.stackAlloc=function(){return(Si=s.stackAlloc=s.asm.stackAlloc).apply(null,arguments)},Ci=s.dynCall_iijjiiii=function(){return(Ci=s.dynCall_iijjiiii=s.asm.dynCall_iijjiiii).apply(null,arguments)},wi=s.dynCall_jiji=function(){return(wi=s.dynCall_jiji=s.asm.dynCall_jiji).apply(null,arguments)};s.keepRuntimeAlive=pe,s.wasmMemory=M,s.cwrap=Dt,s.ExitStatus=Me,s.PThread=W;var Ti;xe=function e(){Ti||Ei(),Ti||(xe=e)};function Ei(e){if(e||=f,H>0)return;if(_){c(s),he(),startWorker(s);return}if(me(),H>0)return;function t(){Ti||(Ti=!0,s.calledRun=!0,N||(he(),c(s),s.onRuntimeInitialized&&s.onRuntimeInitialized(),ge()))}s.setStatus?(s.setStatus(`Running...`),setTimeout(function(){setTimeout(function(){s.setStatus(``)},1),t()},1)):t()}if(s.preInit)for(typeof s.preInit==`function`&&(s.preInit=[s.preInit]);s.preInit.length>0;)s.preInit.pop()();Ei();var Di;u&&(Di={uncaughtException:process.listeners(`uncaughtException`).filter(function(e){return!u.uncaughtException.indexOf(e)>-1}),unhandledRejection:process.listeners(`unhandledRejection`).filter(function(e){return!u.unhandledRejection.indexOf(e)>-1})});var Oi;if(typeof WasmBackendModule<`u`)Oi=WasmBackendModule;else if(t!==void 0)Oi=t;else throw Error(`Could not find wasm module in post.js`);if(Di){var ki=Oi._dispose;Oi._dispose=function(){ki(),Di.uncaughtException.forEach(function(e){process.removeListener(`uncaughtException`,e)}),Di.unhandledRejection.forEach(function(e){process.removeListener(`unhandledRejection`,e)})}}return t.ready})})();typeof e==`object`&&typeof t==`object`?t.exports=n:typeof define==`function`&&define.amd?define([],function(){return n}):typeof e==`object`&&(e.WasmBackendModuleThreadedSimd=n)})),Vu=/* @__PURE__ */ t(((e,t)=>{t.exports.wasmWorkerContents=`"use strict";var Module={};var ENVIRONMENT_IS_NODE=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string";if(ENVIRONMENT_IS_NODE){var nodeWorkerThreads=require("worker_threads");var parentPort=nodeWorkerThreads.parentPort;parentPort.on("message",data=>onmessage({data:data}));var fs=require("fs");Object.assign(global,{self:global,require:require,Module:Module,location:{href:__filename},Worker:nodeWorkerThreads.Worker,importScripts:function(f){(0,eval)(fs.readFileSync(f,"utf8")+"//# sourceURL="+f)},postMessage:function(msg){parentPort.postMessage(msg)},performance:global.performance||{now:function(){return Date.now()}}})}var initializedJS=false;var pendingNotifiedProxyingQueues=[];function threadPrintErr(){var text=Array.prototype.slice.call(arguments).join(" ");if(ENVIRONMENT_IS_NODE){fs.writeSync(2,text+"
");return}console.error(text)}function threadAlert(){var text=Array.prototype.slice.call(arguments).join(" ");postMessage({cmd:"alert",text:text,threadId:Module["_pthread_self"]()})}var err=threadPrintErr;self.alert=threadAlert;Module["instantiateWasm"]=(info,receiveInstance)=>{var instance=new WebAssembly.Instance(Module["wasmModule"],info);receiveInstance(instance);Module["wasmModule"]=null;return instance.exports};self.onunhandledrejection=e=>{throw e.reason??e};self.startWorker=instance=>{Module=instance;postMessage({"cmd":"loaded"})};self.onmessage=e=>{try{if(e.data.cmd==="load"){Module["wasmModule"]=e.data.wasmModule;for(const handler of e.data.handlers){Module[handler]=function(){postMessage({cmd:"callHandler",handler:handler,args:[...arguments]})}}Module["wasmMemory"]=e.data.wasmMemory;Module["buffer"]=Module["wasmMemory"].buffer;Module["ENVIRONMENT_IS_PTHREAD"]=true;if(typeof e.data.urlOrBlob=="string"){importScripts(e.data.urlOrBlob)}else{var objectUrl=URL.createObjectURL(e.data.urlOrBlob);importScripts(objectUrl);URL.revokeObjectURL(objectUrl)}WasmBackendModuleThreadedSimd(Module)}else if(e.data.cmd==="run"){Module["__emscripten_thread_init"](e.data.pthread_ptr,0,0,1);Module["establishStackSpace"]();Module["PThread"].receiveObjectTransfer(e.data);Module["PThread"].threadInitTLS();if(!initializedJS){pendingNotifiedProxyingQueues.forEach(queue=>{Module["executeNotifiedProxyingQueue"](queue)});pendingNotifiedProxyingQueues=[];initializedJS=true}try{Module["invokeEntryPoint"](e.data.start_routine,e.data.arg)}catch(ex){if(ex!="unwind"){if(ex instanceof Module["ExitStatus"]){if(Module["keepRuntimeAlive"]()){}else{Module["__emscripten_thread_exit"](ex.status)}}else{throw ex}}}}else if(e.data.cmd==="cancel"){if(Module["_pthread_self"]()){Module["__emscripten_thread_exit"](-1)}}else if(e.data.target==="setimmediate"){}else if(e.data.cmd==="processProxyingQueue"){if(initializedJS){Module["executeNotifiedProxyingQueue"](e.data.queue)}else{pendingNotifiedProxyingQueues.push(e.data.queue)}}else if(e.data.cmd){err("worker.js received unknown command "+e.data.cmd);err(e.data)}}catch(ex){if(Module["__emscripten_thread_crashed"]){Module["__emscripten_thread_crashed"]()}throw ex}};`})),Hu=/* @__PURE__ */ t(((e,t)=>{var n=(()=>{var e=typeof document<`u`&&document.currentScript?document.currentScript.src:void 0;return typeof __filename<`u`&&(e||=__filename),(function(t){t||={};var n=t===void 0?{}:t,r,i;n.ready=new Promise(function(e,t){r=e,i=t});var a;typeof process<`u`&&process.listeners&&(a={uncaughtException:process.listeners(`uncaughtException`),unhandledRejection:process.listeners(`unhandledRejection`)});var o=Object.assign({},n),s=[],c=typeof window==`object`,l=typeof importScripts==`function`,u=typeof process==`object`&&typeof process.versions==`object`&&typeof process.versions.node==`string`,d=``;function f(e){return n.locateFile?n.locateFile(e,d):d+e}var p,m,h;if(u){var g=C(),_=C();d=l?_.dirname(d)+`/`:__dirname+`/`,p=(e,t)=>(e=B(e)?new URL(e):_.normalize(e),g.readFileSync(e,t?void 0:`utf8`)),h=e=>{var t=p(e,!0);return t.buffer||(t=new Uint8Array(t)),t},m=(e,t,n)=>{e=B(e)?new URL(e):_.normalize(e),g.readFile(e,function(e,r){e?n(e):t(r.buffer)})},process.argv.length>1&&process.argv[1].replace(/\\/g,`/`),s=process.argv.slice(2),process.on(`uncaughtException`,function(e){if(!(e instanceof he))throw e}),process.on(`unhandledRejection`,function(e){throw e}),n.inspect=function(){return`[Emscripten Module object]`}}else(c||l)&&(l?d=self.location.href:typeof document<`u`&&document.currentScript&&(d=document.currentScript.src),e&&(d=e),d=d.indexOf(`blob:`)===0?``:d.substr(0,d.replace(/[?#].*/,``).lastIndexOf(`/`)+1),p=e=>{var t=new XMLHttpRequest;return t.open(`GET`,e,!1),t.send(null),t.responseText},l&&(h=e=>{var t=new XMLHttpRequest;return t.open(`GET`,e,!1),t.responseType=`arraybuffer`,t.send(null),new Uint8Array(t.response)}),m=(e,t,n)=>{var r=new XMLHttpRequest;r.open(`GET`,e,!0),r.responseType=`arraybuffer`,r.onload=()=>{r.status==200||r.status==0&&r.response?t(r.response):n()},r.onerror=n,r.send(null)});var v=n.print||console.log.bind(console),y=n.printErr||console.warn.bind(console);Object.assign(n,o),o=null,n.arguments&&(s=n.arguments),n.thisProgram&&n.thisProgram,n.quit&&n.quit;var b;n.wasmBinary&&(b=n.wasmBinary),n.noExitRuntime,typeof WebAssembly!=`object`&&z(`no native wasm support detected`);var x,S=!1,w=typeof TextDecoder<`u`?new TextDecoder(`utf8`):void 0;function T(e,t,n){t>>>=0;for(var r=t+n,i=t;e[i]&&!(i>=r);)++i;if(i-t>16&&e.buffer&&w)return w.decode(e.subarray(t,i));for(var a=``;t<i;){var o=e[t++];if(!(o&128))a+=String.fromCharCode(o);else{var s=e[t++]&63;if((o&224)==192)a+=String.fromCharCode((o&31)<<6|s);else{var c=e[t++]&63;if(o=(o&240)==224?(o&15)<<12|s<<6|c:(o&7)<<18|s<<12|c<<6|e[t++]&63,o<65536)a+=String.fromCharCode(o);else{var l=o-65536;a+=String.fromCharCode(55296|l>>10,56320|l&1023)}}}}return a}function E(e,t){return e>>>=0,e?T(j,e,t):``}function D(e,t,n,r){if(n>>>=0,!(r>0))return 0;for(var i=n,a=n+r-1,o=0;o<e.length;++o){var s=e.charCodeAt(o);if(s>=55296&&s<=57343){var c=e.charCodeAt(++o);s=65536+((s&1023)<<10)|c&1023}if(s<=127){if(n>=a)break;t[n++>>>0]=s}else if(s<=2047){if(n+1>=a)break;t[n++>>>0]=192|s>>6,t[n++>>>0]=128|s&63}else if(s<=65535){if(n+2>=a)break;t[n++>>>0]=224|s>>12,t[n++>>>0]=128|s>>6&63,t[n++>>>0]=128|s&63}else{if(n+3>=a)break;t[n++>>>0]=240|s>>18,t[n++>>>0]=128|s>>12&63,t[n++>>>0]=128|s>>6&63,t[n++>>>0]=128|s&63}}return t[n>>>0]=0,n-i}function O(e,t,n){return D(e,j,t,n)}var k,A,j,ee,M;function te(e){k=e,n.HEAP8=A=new Int8Array(e),n.HEAP16=new Int16Array(e),n.HEAP32=ee=new Int32Array(e),n.HEAPU8=j=new Uint8Array(e),n.HEAPU16=new Uint16Array(e),n.HEAPU32=M=new Uint32Array(e),n.HEAPF32=new Float32Array(e),n.HEAPF64=new Float64Array(e)}n.INITIAL_MEMORY;var N=[],P=[],ne=[];function F(){if(n.preRun)for(typeof n.preRun==`function`&&(n.preRun=[n.preRun]);n.preRun.length;)ae(n.preRun.shift());ge(N)}function re(){ge(P)}function ie(){if(n.postRun)for(typeof n.postRun==`function`&&(n.postRun=[n.postRun]);n.postRun.length;)I(n.postRun.shift());ge(ne)}function ae(e){N.unshift(e)}function oe(e){P.unshift(e)}function I(e){ne.unshift(e)}var L=0,R=null,se=null;function ce(e){L++,n.monitorRunDependencies&&n.monitorRunDependencies(L)}function le(e){if(L--,n.monitorRunDependencies&&n.monitorRunDependencies(L),L==0&&(R!==null&&(clearInterval(R),R=null),se)){var t=se;se=null,t()}}function z(e){n.onAbort&&n.onAbort(e),e=`Aborted(`+e+`)`,y(e),S=!0,e+=`. Build with -sASSERTIONS for more info.`;var t=new WebAssembly.RuntimeError(e);throw i(t),t}var ue=`data:application/octet-stream;base64,`;function de(e){return e.startsWith(ue)}function B(e){return e.startsWith(`file://`)}var V=`tfjs-backend-wasm.wasm`;de(V)||(V=f(V));function fe(e){try{if(e==V&&b)return new Uint8Array(b);if(h)return h(e);throw`both async and sync fetching of the wasm failed`}catch(e){z(e)}}function pe(){if(!b&&(c||l)){if(typeof fetch==`function`&&!B(V))return fetch(V,{credentials:`same-origin`}).then(function(e){if(!e.ok)throw`failed to load wasm binary file at '`+V+`'`;return e.arrayBuffer()}).catch(function(){return fe(V)});if(m)return new Promise(function(e,t){m(V,function(t){e(new Uint8Array(t))},t)})}return Promise.resolve().then(function(){return fe(V)})}function me(){var e={env:je,wasi_snapshot_preview1:je};function t(e,t){n.asm=e.exports,x=n.asm.memory,te(x.buffer),n.asm.__indirect_function_table,oe(n.asm.__wasm_call_ctors),le(`wasm-instantiate`)}ce(`wasm-instantiate`);function r(e){t(e.instance)}function a(t){return pe().then(function(t){return WebAssembly.instantiate(t,e)}).then(function(e){return e}).then(t,function(e){y(`failed to asynchronously prepare wasm: `+e),z(e)})}function o(){return!b&&typeof WebAssembly.instantiateStreaming==`function`&&!de(V)&&!B(V)&&!u&&typeof fetch==`function`?fetch(V,{credentials:`same-origin`}).then(function(t){return WebAssembly.instantiateStreaming(t,e).then(r,function(e){return y(`wasm streaming compile failed: `+e),y(`falling back to ArrayBuffer instantiation`),a(r)})}):a(r)}if(n.instantiateWasm)try{return n.instantiateWasm(e,t)}catch(e){y(`Module.instantiateWasm callback failed with error: `+e),i(e)}return o().catch(i),{}}function he(e){this.name=`ExitStatus`,this.message=`Program terminated with exit(`+e+`)`,this.status=e}function ge(e){for(;e.length>0;)e.shift()(n)}function _e(){z(``)}function ve(){return 4294901760}function ye(){return ve()}function H(e,t,n){j.copyWithin(e>>>0,t>>>0,t+n>>>0)}function be(e){try{return x.grow(e-k.byteLength+65535>>>16),te(x.buffer),1}catch{}}function xe(e){var t=j.length;e>>>=0;var n=ve();if(e>n)return!1;let r=(e,t)=>e+(t-e%t)%t;for(var i=1;i<=4;i*=2){var a=t*(1+.2/i);if(a=Math.min(a,e+100663296),be(Math.min(n,r(Math.max(e,a),65536))))return!0}return!1}var Se={varargs:void 0,get:function(){return Se.varargs+=4,ee[Se.varargs-4>>>2]},getStr:function(e){return E(e)}};function Ce(e){return 52}function we(e,t,n,r,i){return 70}var Te=[null,[],[]];function Ee(e,t){var n=Te[e];t===0||t===10?((e===1?v:y)(T(n,0)),n.length=0):n.push(t)}function De(e,t,n,r){for(var i=0,a=0;a<n;a++){var o=M[t>>>2],s=M[t+4>>>2];t+=8;for(var c=0;c<s;c++)Ee(e,j[o+c>>>0]);i+=s}return M[r>>>2]=i,0}function U(e){return n[`_`+e]}function Oe(e,t){A.set(e,t>>>0)}function ke(e,t,n,r,i){var a={string:e=>{var t=0;if(e!=null&&e!==0){var n=(e.length<<2)+1;t=fr(n),O(e,t,n)}return t},array:e=>{var t=fr(e.length);return Oe(e,t),t}};function o(e){return t===`string`?E(e):t===`boolean`?!!e:e}var s=U(e),c=[],l=0;if(r)for(var u=0;u<r.length;u++){var d=a[n[u]];d?(l===0&&(l=ur()),c[u]=d(r[u])):c[u]=r[u]}var f=s.apply(null,c);function p(e){return l!==0&&dr(l),o(e)}return f=p(f),f}function Ae(e,t,n,r){n||=[];var i=n.every(e=>e===`number`||e===`boolean`);return t!==`string`&&i&&!r?U(e):function(){return ke(e,t,n,arguments,r)}}var je={abort:_e,emscripten_get_heap_max:ye,emscripten_memcpy_big:H,emscripten_resize_heap:xe,fd_close:Ce,fd_seek:we,fd_write:De};me();var Me=n.___wasm_call_ctors=function(){return(Me=n.___wasm_call_ctors=n.asm.__wasm_call_ctors).apply(null,arguments)},Ne=n._init=function(){return(Ne=n._init=n.asm.init).apply(null,arguments)},Pe=n._init_with_threads_count=function(){return(Pe=n._init_with_threads_count=n.asm.init_with_threads_count).apply(null,arguments)},Fe=n._get_threads_count=function(){return(Fe=n._get_threads_count=n.asm.get_threads_count).apply(null,arguments)},Ie=n._register_tensor=function(){return(Ie=n._register_tensor=n.asm.register_tensor).apply(null,arguments)},Le=n._dispose_data=function(){return(Le=n._dispose_data=n.asm.dispose_data).apply(null,arguments)},Re=n._dispose=function(){return(Re=n._dispose=n.asm.dispose).apply(null,arguments)},ze=n._Abs=function(){return(ze=n._Abs=n.asm.Abs).apply(null,arguments)},Be=n._Acos=function(){return(Be=n._Acos=n.asm.Acos).apply(null,arguments)},Ve=n._Acosh=function(){return(Ve=n._Acosh=n.asm.Acosh).apply(null,arguments)},W=n._Add=function(){return(W=n._Add=n.asm.Add).apply(null,arguments)},He=n._AddN=function(){return(He=n._AddN=n.asm.AddN).apply(null,arguments)},Ue=n._All=function(){return(Ue=n._All=n.asm.All).apply(null,arguments)},G=n._Any=function(){return(G=n._Any=n.asm.Any).apply(null,arguments)},We=n._ArgMax=function(){return(We=n._ArgMax=n.asm.ArgMax).apply(null,arguments)},Ge=n._ArgMin=function(){return(Ge=n._ArgMin=n.asm.ArgMin).apply(null,arguments)},Ke=n._Asin=function(){return(Ke=n._Asin=n.asm.Asin).apply(null,arguments)},qe=n._Asinh=function(){return(qe=n._Asinh=n.asm.Asinh).apply(null,arguments)},Je=n._Atan=function(){return(Je=n._Atan=n.asm.Atan).apply(null,arguments)},Ye=n._Atan2=function(){return(Ye=n._Atan2=n.asm.Atan2).apply(null,arguments)},Xe=n._Atanh=function(){return(Xe=n._Atanh=n.asm.Atanh).apply(null,arguments)},Ze=n._AvgPool=function(){return(Ze=n._AvgPool=n.asm.AvgPool).apply(null,arguments)},Qe=n._AvgPool3D=function(){return(Qe=n._AvgPool3D=n.asm.AvgPool3D).apply(null,arguments)},$e=n._AvgPool3DGrad=function(){return($e=n._AvgPool3DGrad=n.asm.AvgPool3DGrad).apply(null,arguments)},et=n._AvgPoolGrad=function(){return(et=n._AvgPoolGrad=n.asm.AvgPoolGrad).apply(null,arguments)},tt=n._BatchMatMul=function(){return(tt=n._BatchMatMul=n.asm.BatchMatMul).apply(null,arguments)},nt=n._Bincount=function(){return(nt=n._Bincount=n.asm.Bincount).apply(null,arguments)},rt=n._BitwiseAnd=function(){return(rt=n._BitwiseAnd=n.asm.BitwiseAnd).apply(null,arguments)},it=n._Ceil=function(){return(it=n._Ceil=n.asm.Ceil).apply(null,arguments)},at=n._ClipByValue=function(){return(at=n._ClipByValue=n.asm.ClipByValue).apply(null,arguments)},ot=n._Conv2D=function(){return(ot=n._Conv2D=n.asm.Conv2D).apply(null,arguments)},st=n._Conv2DBackpropInput=function(){return(st=n._Conv2DBackpropInput=n.asm.Conv2DBackpropInput).apply(null,arguments)},ct=n._Conv3D=function(){return(ct=n._Conv3D=n.asm.Conv3D).apply(null,arguments)},lt=n._Conv3DBackpropFilterV2=function(){return(lt=n._Conv3DBackpropFilterV2=n.asm.Conv3DBackpropFilterV2).apply(null,arguments)},ut=n._Conv3DBackpropInputV2=function(){return(ut=n._Conv3DBackpropInputV2=n.asm.Conv3DBackpropInputV2).apply(null,arguments)},dt=n._Cos=function(){return(dt=n._Cos=n.asm.Cos).apply(null,arguments)},ft=n._Cosh=function(){return(ft=n._Cosh=n.asm.Cosh).apply(null,arguments)},pt=n._CropAndResize=function(){return(pt=n._CropAndResize=n.asm.CropAndResize).apply(null,arguments)},mt=n._Cumprod=function(){return(mt=n._Cumprod=n.asm.Cumprod).apply(null,arguments)},ht=n._Cumsum=function(){return(ht=n._Cumsum=n.asm.Cumsum).apply(null,arguments)},gt=n._DenseBincount=function(){return(gt=n._DenseBincount=n.asm.DenseBincount).apply(null,arguments)},_t=n._DepthToSpace=function(){return(_t=n._DepthToSpace=n.asm.DepthToSpace).apply(null,arguments)},vt=n._DepthwiseConv2dNative=function(){return(vt=n._DepthwiseConv2dNative=n.asm.DepthwiseConv2dNative).apply(null,arguments)},yt=n._Diag=function(){return(yt=n._Diag=n.asm.Diag).apply(null,arguments)},bt=n._Dilation2D=function(){return(bt=n._Dilation2D=n.asm.Dilation2D).apply(null,arguments)},xt=n._Dilation2DBackpropFilter=function(){return(xt=n._Dilation2DBackpropFilter=n.asm.Dilation2DBackpropFilter).apply(null,arguments)},St=n._Dilation2DBackpropInput=function(){return(St=n._Dilation2DBackpropInput=n.asm.Dilation2DBackpropInput).apply(null,arguments)},Ct=n._Elu=function(){return(Ct=n._Elu=n.asm.Elu).apply(null,arguments)},wt=n._EluGrad=function(){return(wt=n._EluGrad=n.asm.EluGrad).apply(null,arguments)},Tt=n._Equal=function(){return(Tt=n._Equal=n.asm.Equal).apply(null,arguments)},Et=n._Erf=function(){return(Et=n._Erf=n.asm.Erf).apply(null,arguments)},K=n._Exp=function(){return(K=n._Exp=n.asm.Exp).apply(null,arguments)},Dt=n._Expm1=function(){return(Dt=n._Expm1=n.asm.Expm1).apply(null,arguments)},Ot=n._FlipLeftRight=function(){return(Ot=n._FlipLeftRight=n.asm.FlipLeftRight).apply(null,arguments)},kt=n._Floor=function(){return(kt=n._Floor=n.asm.Floor).apply(null,arguments)},At=n._FloorDiv=function(){return(At=n._FloorDiv=n.asm.FloorDiv).apply(null,arguments)},jt=n._FusedBatchNorm=function(){return(jt=n._FusedBatchNorm=n.asm.FusedBatchNorm).apply(null,arguments)},Mt=n._FusedConv2D=function(){return(Mt=n._FusedConv2D=n.asm.FusedConv2D).apply(null,arguments)},Nt=n._FusedDepthwiseConv2D=function(){return(Nt=n._FusedDepthwiseConv2D=n.asm.FusedDepthwiseConv2D).apply(null,arguments)},Pt=n._Gather=function(){return(Pt=n._Gather=n.asm.Gather).apply(null,arguments)},Ft=n._GatherNd=function(){return(Ft=n._GatherNd=n.asm.GatherNd).apply(null,arguments)},It=n._Greater=function(){return(It=n._Greater=n.asm.Greater).apply(null,arguments)},Lt=n._GreaterEqual=function(){return(Lt=n._GreaterEqual=n.asm.GreaterEqual).apply(null,arguments)},Rt=n._IsFinite=function(){return(Rt=n._IsFinite=n.asm.IsFinite).apply(null,arguments)},zt=n._IsInf=function(){return(zt=n._IsInf=n.asm.IsInf).apply(null,arguments)},Bt=n._IsNan=function(){return(Bt=n._IsNan=n.asm.IsNan).apply(null,arguments)},Vt=n._LRN=function(){return(Vt=n._LRN=n.asm.LRN).apply(null,arguments)},Ht=n._LRNGrad=function(){return(Ht=n._LRNGrad=n.asm.LRNGrad).apply(null,arguments)},Ut=n._LeakyRelu=function(){return(Ut=n._LeakyRelu=n.asm.LeakyRelu).apply(null,arguments)},Wt=n._Less=function(){return(Wt=n._Less=n.asm.Less).apply(null,arguments)},Gt=n._LessEqual=function(){return(Gt=n._LessEqual=n.asm.LessEqual).apply(null,arguments)},Kt=n._LinSpace=function(){return(Kt=n._LinSpace=n.asm.LinSpace).apply(null,arguments)},qt=n._Log=function(){return(qt=n._Log=n.asm.Log).apply(null,arguments)},Jt=n._Log1p=function(){return(Jt=n._Log1p=n.asm.Log1p).apply(null,arguments)},Yt=n._LogicalAnd=function(){return(Yt=n._LogicalAnd=n.asm.LogicalAnd).apply(null,arguments)},Xt=n._LogicalNot=function(){return(Xt=n._LogicalNot=n.asm.LogicalNot).apply(null,arguments)},Zt=n._LogicalOr=function(){return(Zt=n._LogicalOr=n.asm.LogicalOr).apply(null,arguments)},Qt=n._LogicalXor=function(){return(Qt=n._LogicalXor=n.asm.LogicalXor).apply(null,arguments)},$t=n._Max=function(){return($t=n._Max=n.asm.Max).apply(null,arguments)},en=n._MaxPool=function(){return(en=n._MaxPool=n.asm.MaxPool).apply(null,arguments)},tn=n._MaxPool3D=function(){return(tn=n._MaxPool3D=n.asm.MaxPool3D).apply(null,arguments)},nn=n._MaxPool3DGrad=function(){return(nn=n._MaxPool3DGrad=n.asm.MaxPool3DGrad).apply(null,arguments)},rn=n._MaxPoolGrad=function(){return(rn=n._MaxPoolGrad=n.asm.MaxPoolGrad).apply(null,arguments)},an=n._MaxPoolWithArgmax=function(){return(an=n._MaxPoolWithArgmax=n.asm.MaxPoolWithArgmax).apply(null,arguments)},on=n._Maximum=function(){return(on=n._Maximum=n.asm.Maximum).apply(null,arguments)},sn=n._Mean=function(){return(sn=n._Mean=n.asm.Mean).apply(null,arguments)},cn=n._Min=function(){return(cn=n._Min=n.asm.Min).apply(null,arguments)},ln=n._Minimum=function(){return(ln=n._Minimum=n.asm.Minimum).apply(null,arguments)},un=n._MirrorPad=function(){return(un=n._MirrorPad=n.asm.MirrorPad).apply(null,arguments)},dn=n._Mod=function(){return(dn=n._Mod=n.asm.Mod).apply(null,arguments)},fn=n._Multinomial=function(){return(fn=n._Multinomial=n.asm.Multinomial).apply(null,arguments)},pn=n._Multiply=function(){return(pn=n._Multiply=n.asm.Multiply).apply(null,arguments)},mn=n._Neg=function(){return(mn=n._Neg=n.asm.Neg).apply(null,arguments)},hn=n._NonMaxSuppressionV3=function(){return(hn=n._NonMaxSuppressionV3=n.asm.NonMaxSuppressionV3).apply(null,arguments)},gn=n._NonMaxSuppressionV4=function(){return(gn=n._NonMaxSuppressionV4=n.asm.NonMaxSuppressionV4).apply(null,arguments)},_n=n._NonMaxSuppressionV5=function(){return(_n=n._NonMaxSuppressionV5=n.asm.NonMaxSuppressionV5).apply(null,arguments)},vn=n._NotEqual=function(){return(vn=n._NotEqual=n.asm.NotEqual).apply(null,arguments)},yn=n._OneHot=function(){return(yn=n._OneHot=n.asm.OneHot).apply(null,arguments)},bn=n._PadV2=function(){return(bn=n._PadV2=n.asm.PadV2).apply(null,arguments)},xn=n._Pow=function(){return(xn=n._Pow=n.asm.Pow).apply(null,arguments)},Sn=n._Prelu=function(){return(Sn=n._Prelu=n.asm.Prelu).apply(null,arguments)},Cn=n._Prod=function(){return(Cn=n._Prod=n.asm.Prod).apply(null,arguments)},wn=n._RealDiv=function(){return(wn=n._RealDiv=n.asm.RealDiv).apply(null,arguments)},Tn=n._Reciprocal=function(){return(Tn=n._Reciprocal=n.asm.Reciprocal).apply(null,arguments)},En=n._Relu=function(){return(En=n._Relu=n.asm.Relu).apply(null,arguments)},Dn=n._Relu6=function(){return(Dn=n._Relu6=n.asm.Relu6).apply(null,arguments)},On=n._ResizeBilinear=function(){return(On=n._ResizeBilinear=n.asm.ResizeBilinear).apply(null,arguments)},kn=n._ResizeBilinearGrad=function(){return(kn=n._ResizeBilinearGrad=n.asm.ResizeBilinearGrad).apply(null,arguments)},An=n._ResizeNearestNeighbor=function(){return(An=n._ResizeNearestNeighbor=n.asm.ResizeNearestNeighbor).apply(null,arguments)},jn=n._ResizeNearestNeighborGrad=function(){return(jn=n._ResizeNearestNeighborGrad=n.asm.ResizeNearestNeighborGrad).apply(null,arguments)},Mn=n._Reverse=function(){return(Mn=n._Reverse=n.asm.Reverse).apply(null,arguments)},q=n._RotateWithOffset=function(){return(q=n._RotateWithOffset=n.asm.RotateWithOffset).apply(null,arguments)},Nn=n._Round=function(){return(Nn=n._Round=n.asm.Round).apply(null,arguments)},Pn=n._Rsqrt=function(){return(Pn=n._Rsqrt=n.asm.Rsqrt).apply(null,arguments)},Fn=n._ScatterNd=function(){return(Fn=n._ScatterNd=n.asm.ScatterNd).apply(null,arguments)},In=n._SearchSorted=function(){return(In=n._SearchSorted=n.asm.SearchSorted).apply(null,arguments)},Ln=n._SelectV2=function(){return(Ln=n._SelectV2=n.asm.SelectV2).apply(null,arguments)},Rn=n._Selu=function(){return(Rn=n._Selu=n.asm.Selu).apply(null,arguments)},zn=n._Sigmoid=function(){return(zn=n._Sigmoid=n.asm.Sigmoid).apply(null,arguments)},Bn=n._Sign=function(){return(Bn=n._Sign=n.asm.Sign).apply(null,arguments)},Vn=n._Sin=function(){return(Vn=n._Sin=n.asm.Sin).apply(null,arguments)},Hn=n._Sinh=function(){return(Hn=n._Sinh=n.asm.Sinh).apply(null,arguments)},Un=n._Softmax=function(){return(Un=n._Softmax=n.asm.Softmax).apply(null,arguments)},Wn=n._Softplus=function(){return(Wn=n._Softplus=n.asm.Softplus).apply(null,arguments)},Gn=n._SparseFillEmptyRows=function(){return(Gn=n._SparseFillEmptyRows=n.asm.SparseFillEmptyRows).apply(null,arguments)},Kn=n._SparseReshape=function(){return(Kn=n._SparseReshape=n.asm.SparseReshape).apply(null,arguments)},qn=n._SparseSegmentReduction=function(){return(qn=n._SparseSegmentReduction=n.asm.SparseSegmentReduction).apply(null,arguments)},Jn=n._SparseToDense=function(){return(Jn=n._SparseToDense=n.asm.SparseToDense).apply(null,arguments)},Yn=n._Sqrt=function(){return(Yn=n._Sqrt=n.asm.Sqrt).apply(null,arguments)},Xn=n._Square=function(){return(Xn=n._Square=n.asm.Square).apply(null,arguments)},Zn=n._SquaredDifference=function(){return(Zn=n._SquaredDifference=n.asm.SquaredDifference).apply(null,arguments)},Qn=n._Step=function(){return(Qn=n._Step=n.asm.Step).apply(null,arguments)},$n=n._StridedSlice=function(){return($n=n._StridedSlice=n.asm.StridedSlice).apply(null,arguments)},J=n._Sub=function(){return(J=n._Sub=n.asm.Sub).apply(null,arguments)},er=n._Sum=function(){return(er=n._Sum=n.asm.Sum).apply(null,arguments)},tr=n._Tan=function(){return(tr=n._Tan=n.asm.Tan).apply(null,arguments)},nr=n._Tanh=function(){return(nr=n._Tanh=n.asm.Tanh).apply(null,arguments)},rr=n._TensorScatterUpdate=function(){return(rr=n._TensorScatterUpdate=n.asm.TensorScatterUpdate).apply(null,arguments)},ir=n._Tile=function(){return(ir=n._Tile=n.asm.Tile).apply(null,arguments)},Y=n._TopK=function(){return(Y=n._TopK=n.asm.TopK).apply(null,arguments)},ar=n._Transform=function(){return(ar=n._Transform=n.asm.Transform).apply(null,arguments)},or=n._Transpose=function(){return(or=n._Transpose=n.asm.Transpose).apply(null,arguments)},sr=n.__FusedMatMul=function(){return(sr=n.__FusedMatMul=n.asm._FusedMatMul).apply(null,arguments)},X=n._malloc=function(){return(X=n._malloc=n.asm.malloc).apply(null,arguments)},cr=n._free=function(){return(cr=n._free=n.asm.free).apply(null,arguments)},lr=n.___errno_location=function(){return(lr=n.___errno_location=n.asm.__errno_location).apply(null,arguments)},ur=n.stackSave=function(){return(ur=n.stackSave=n.asm.stackSave).apply(null,arguments)},dr=n.stackRestore=function(){return(dr=n.stackRestore=n.asm.stackRestore).apply(null,arguments)},fr=n.stackAlloc=function(){return(fr=n.stackAlloc=n.asm.stackAlloc).apply(null,arguments)},pr=n.dynCall_iijjiiii=function(){return(pr=n.dynCall_iijjiiii=n.asm.dynCall_iijjiiii).apply(null,arguments)},mr=n.dynCall_jiji=function(){return(mr=n.dynCall_jiji=n.asm.dynCall_jiji).apply(null,arguments)};n.cwrap=Ae;var hr;se=function e(){hr||gr(),hr||(se=e)};function gr(e){if(e||=s,L>0||(F(),L>0))return;function t(){hr||(hr=!0,n.calledRun=!0,S||(re(),r(n),n.onRuntimeInitialized&&n.onRuntimeInitialized(),ie()))}n.setStatus?(n.setStatus(`Running...`),setTimeout(function(){setTimeout(function(){n.setStatus(``)},1),t()},1)):t()}if(n.preInit)for(typeof n.preInit==`function`&&(n.preInit=[n.preInit]);n.preInit.length>0;)n.preInit.pop()();gr();var Z;a&&(Z={uncaughtException:process.listeners(`uncaughtException`).filter(function(e){return!a.uncaughtException.indexOf(e)>-1}),unhandledRejection:process.listeners(`unhandledRejection`).filter(function(e){return!a.unhandledRejection.indexOf(e)>-1})});var _r;if(t!==void 0)_r=t;else if(typeof WasmBackendModuleThreadedSimd<`u`)_r=WasmBackendModuleThreadedSimd;else throw Error(`Could not find wasm module in post.js`);if(Z){var vr=_r._dispose;_r._dispose=function(){vr(),Z.uncaughtException.forEach(function(e){process.removeListener(`uncaughtException`,e)}),Z.unhandledRejection.forEach(function(e){process.removeListener(`unhandledRejection`,e)})}}return t.ready})})();typeof e==`object`&&typeof t==`object`?t.exports=n:typeof define==`function`&&define.amd?define([],function(){return n}):typeof e==`object`&&(e.WasmBackendModule=n)})),Uu=/* @__PURE__ */ e(Bu()),Wu=Vu(),Gu=/* @__PURE__ */ e(Hu());
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
const Ku=Uu.default||Uu,qu=Gu.default||Gu;var Ju=class extends Be{constructor(e){super(),this.wasm=e,this.dataIdNextNumber=1,this.wasm.tfjs.initWithThreadsCount(od),sd=this.wasm.tfjs.getThreadsCount(),this.dataIdMap=new Pe(this,le())}write(e,t,n){let r={id:this.dataIdNextNumber++};return this.move(r,e,t,n,1),r}numDataIds(){return this.dataIdMap.numDataIds()}async time(e){let t=pt();return e(),{kernelMs:pt()-t}}move(e,t,n,r,i){let a=this.dataIdNextNumber++;if(r===`string`){let o=t;this.dataIdMap.set(e,{id:a,stringBytes:o,shape:n,dtype:r,memoryOffset:null,refCount:i});return}let o=R(n),s=o*Qt(r),c=this.wasm._malloc(s)>>>0;this.dataIdMap.set(e,{id:a,memoryOffset:c,shape:n,dtype:r,refCount:i}),this.wasm.tfjs.registerTensor(a,o,c),t!=null&&this.wasm.HEAPU8.set(new Uint8Array(t.buffer,t.byteOffset,s),c)}async read(e){return this.readSync(e)}readSync(e,t,n){let{memoryOffset:r,dtype:i,shape:a,stringBytes:o}=this.dataIdMap.get(e);if(i===`string`)return(t==null||t===0)&&(n==null||n>=o.length)?o:o.slice(t,n);t||=0,n||=R(a);let s=Qt(i);return Qu(this.wasm.HEAPU8.slice(r+t*s,r+n*s).buffer,i)}disposeData(e,t=!1){if(this.dataIdMap.has(e)){let n=this.dataIdMap.get(e);if(n.refCount--,!t&&n.refCount>0)return!1;this.wasm._free(n.memoryOffset),this.wasm.tfjs.disposeData(n.id),this.dataIdMap.delete(e)}return!0}refCount(e){return this.dataIdMap.has(e)?this.dataIdMap.get(e).refCount:0}incRef(e){let t=this.dataIdMap.get(e);t!=null&&t.refCount++}floatPrecision(){return 32}getMemoryOffset(e){return this.dataIdMap.get(e).memoryOffset}dispose(){this.wasm.tfjs.dispose(),`PThread`in this.wasm&&this.wasm.PThread.terminateAllThreads(),this.wasm=null}memory(){return{unreliable:!1}}makeOutput(e,t,n,r){let i;if(n==null)i=this.write(r??null,e,t);else{let r=this.dataIdNextNumber++;i={id:r},this.dataIdMap.set(i,{id:r,memoryOffset:n,shape:e,dtype:t,refCount:1});let a=R(e);this.wasm.tfjs.registerTensor(r,a,n)}return{dataId:i,shape:e,dtype:t}}typedArrayFromHeap({shape:e,dtype:t,dataId:n}){let r=this.wasm.HEAPU8.buffer,{memoryOffset:i}=this.dataIdMap.get(n),a=R(e);switch(t){case`float32`:return new Float32Array(r,i,a);case`int32`:return new Int32Array(r,i,a);case`bool`:return new Uint8Array(r,i,a);default:throw Error(`Unknown dtype ${t}`)}}};function Yu(e){return(t,n)=>(at(e,{credentials:`same-origin`}).then(r=>{r.ok||t.env.a(`failed to load wasm binary file at '${e}'`),r.arrayBuffer().then(e=>{WebAssembly.instantiate(e,t).then(e=>{n(e.instance,e.module)})})}),{})}function Xu(e,t,n){if(ed!=null)return ed;let r=`tfjs-backend-wasm.wasm`;return e&&t?r=`tfjs-backend-wasm-threaded-simd.wasm`:e&&(r=`tfjs-backend-wasm-simd.wasm`),nd!=null&&nd[r]!=null?nd[r]:n+r}async function Zu(){let[e,t]=await Promise.all([ft().getAsync(`WASM_HAS_SIMD_SUPPORT`),ft().getAsync(`WASM_HAS_MULTITHREAD_SUPPORT`)]);return new Promise((n,r)=>{let i={};i.locateFile=(n,r)=>{if(n.endsWith(`.worker.js`)){let e=Wu.wasmWorkerContents.replace(/\n/g,`\\n`),t=new Blob([e],{type:`application/javascript`});return URL.createObjectURL(t)}return n.endsWith(`.wasm`)?Xu(e,t,td??r):r+n},id&&(i.instantiateWasm=Yu(Xu(e,t,td??``)));let a=!1;i.onAbort=()=>{a||rd||(rd=!0,r({message:"Make sure the server can serve the `.wasm` file relative to the bundled js file. For more details see https://github.com/tensorflow/tfjs/blob/master/tfjs-backend-wasm/README.md#using-bundlers"}))};let o;t&&e&&ed==null?(i.mainScriptUrlOrBlob=new Blob([`var WasmBackendModuleThreadedSimd = `+Ku.toString()],{type:`text/javascript`}),o=Ku(i)):o=qu(i),o.then(e=>{a=!0,rd=!1,e.tfjs={init:e.cwrap(`init`,null,[]),initWithThreadsCount:e.cwrap(`init_with_threads_count`,null,[`number`]),getThreadsCount:e.cwrap(`get_threads_count`,`number`,[]),registerTensor:e.cwrap(`register_tensor`,null,[`number`,`number`,`number`]),disposeData:e.cwrap(`dispose_data`,null,[`number`]),dispose:e.cwrap(`dispose`,null,[])},n({wasm:e})}).catch(r)})}function Qu(e,t){switch(t){case`float32`:return new Float32Array(e);case`int32`:return new Int32Array(e);case`bool`:return new Uint8Array(e);default:throw Error(`Unknown dtype ${t}`)}}const $u=[`tfjs-backend-wasm.wasm`,`tfjs-backend-wasm-simd.wasm`,`tfjs-backend-wasm-threaded-simd.wasm`];let ed=null,td=null,nd={},rd=!1,id=!1;function ad(e,t=!1){if(rd)throw Error("The WASM backend was already initialized. Make sure you call `setWasmPaths()` before you call `tf.setBackend()` or `tf.ready()`");if(typeof e==`string`)td=e;else{nd=e;let t=$u.filter(e=>nd[e]==null);if(t.length>0)throw Error(`There were no entries found for the following binaries: ${t.join(`,`)}. Please either call setWasmPaths with a map providing a path for each binary, or with a string indicating the directory where all the binaries can be found.`)}id=t}let od=-1,sd=-1;
/**
* @license
* Copyright 2020 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
L(`wasm`,async()=>{let{wasm:e}=await Zu();return new Ju(e)},2);
/**
* @license
* Copyright 2019 Google LLC. All Rights Reserved.
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
* http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
* =============================================================================
*/
export{ad as setWasmPaths};