kubectl expose deployment web-app --port=80 --target-port=8000
kubectl get services
kubectl describe service web-app
kubectl get endpoints web-app
kubectl scale deployment web-app --replicas=4
kubectl rollout status deployment/web-app
kubectl get endpoints web-app
kubectl run client --image=busybox -- sleep 3600
sleep 10
kubectl exec client -- wget -qO- http://web-app
kubectl exec client -- wget -qO- http://web-app.default.svc.cluster.local
kubectl apply -f web-public.yaml
kubectl get service web-public
curl localhost:30080
