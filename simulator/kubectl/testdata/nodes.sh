kubectl get nodes
kubectl cordon docker-desktop
kubectl get nodes
kubectl uncordon docker-desktop
kind create cluster --config kind.yaml
kubectl config current-context
kubectl get nodes -o wide
kubectl get pods -A -o wide
kubectl create deployment web --image=nginx --replicas=4
kubectl run solo --image=nginx
sleep 10
kubectl get pods -o wide
kubectl cordon kind-worker
kubectl cordon kind-worker
kubectl get nodes
kubectl drain kind-worker
kubectl drain kind-worker --ignore-daemonsets
kubectl uncordon kind-worker
kubectl uncordon kind-worker
kubectl cordon nope
kubectl drain kind-worker2 --ignore-daemonsets --force
kubectl get pods -o wide
kubectl drain kind-worker --ignore-daemonsets --force --grace-period=5
kubectl get pods -o wide
kubectl describe pod -l app=web | grep FailedScheduling
kubectl uncordon kind-worker kind-worker2
kubectl uncordon -l kubernetes.io/os=linux
kubectl delete deployment web
kubectl apply -f spread.yaml
kubectl apply -f on-control-plane.yaml
sleep 10
kubectl get pods -o wide
kubectl describe pod -l app=spread | grep FailedScheduling
kubectl get events --field-selector reason=FailedScheduling
kubectl delete pod on-cp wrong-toleration
kubectl get pods -o wide
docker stop kind-worker
sleep 30
kubectl get nodes
sleep 15
kubectl get nodes
kubectl get pods -o wide
kubectl describe node kind-worker
sleep 300
kubectl get pods -o wide
kubectl get events --field-selector involvedObject.kind=Node
docker start kind-worker
sleep 30
kubectl get nodes
kubectl get pods -o wide
